namespace Flow.Actors.Configuration.Parsing;

/// <summary>
/// Java-style <c>.properties</c> includes: <c>a.b.c = value</c> lines become string values at those paths (keys
/// split on every '.', keeping empty segments). When a key is both a value and a parent (<c>a=x</c>,
/// <c>a.b=y</c>) the object wins, as the HOCON specification requires.
/// </summary>
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
            Put(root, key.Split('.'), new ConfigString(value, new ConfigOrigin(origin, number + 1, 1)));
        }

        return root;
    }

    private static void Put(ConfigObject root, string[] path, ConfigString value)
    {
        var current = root;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (!current.TryGetValue(path[i], out var child) || child is not ConfigObject childObject)
            {
                childObject = new ConfigObject(value.Origin, mutable: true);
                current.Set(path[i], childObject);
            }

            current = childObject;
        }

        if (!current.TryGetValue(path[^1], out var existing) || existing is not ConfigObject)
        {
            current.Set(path[^1], value);
        }
    }
}
