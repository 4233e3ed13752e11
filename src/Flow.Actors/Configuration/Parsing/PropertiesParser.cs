namespace Flow.Actors.Configuration.Parsing;

/// <summary>Java-style <c>.properties</c> includes: <c>a.b.c = value</c> lines become string values at those paths.</summary>
internal static class PropertiesParser
{
    public static ConfigObject Parse(string text, string origin)
    {
        var root = new ConfigObject(new ConfigOrigin(origin, 1, 1), mutable: true);
        var lines = text.Split('\n');
        for (var number = 0; number < lines.Length; number++)
        {
            var line = lines[number].Trim();
            if (line.Length == 0 || line[0] is '#' or '!')
            {
                continue;
            }

            var split = line.IndexOfAny(['=', ':']);
            var space = line.IndexOfAny([' ', '\t']);
            if (split < 0 || (space >= 0 && space < split && line[space..split].Trim().Length > 0))
            {
                split = space;
            }

            var key = split < 0 ? line : line[..split].Trim();
            var value = split < 0 ? string.Empty : line[(split + 1)..].Trim();
            var valueOrigin = new ConfigOrigin(origin, number + 1, 1);
            var path = key.Split('.');
            ConfigValue node = new ConfigString(value, valueOrigin);
            for (var i = path.Length - 1; i > 0; i--)
            {
                var wrapper = new ConfigObject(valueOrigin, mutable: true);
                wrapper.Set(path[i], node);
                node = wrapper;
            }

            root.Define(path[0], node);
        }

        return root;
    }
}
