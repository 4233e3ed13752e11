using System.Globalization;
using System.Text;

namespace Flow.Hocon.Parsing;

/// <summary>
/// Java-style <c>.properties</c> includes, read as <c>java.util.Properties.load</c> reads them: comment lines
/// (<c>#</c>, <c>!</c>), a backslash at the end of a line continues it, the key ends at the first unescaped
/// <c>=</c>, <c>:</c> or whitespace, and escapes (<c>\t \n \r \f \uXXXX</c>, <c>\</c> before any other character)
/// apply to keys and values. <c>a.b.c = value</c> lines become string values at those paths (keys split on every
/// '.', keeping empty segments). When a key is both a value and a parent (<c>a=x</c>, <c>a.b=y</c>) the object
/// wins, as the HOCON specification requires.
/// </summary>
internal static class PropertiesParser
{
    public static ConfigObject Parse(string text, string origin)
    {
        var root = new ConfigObject(new ConfigOrigin(origin, 1, 1), mutable: true);
        var logical = new StringBuilder();
        var pos = 0;
        var line = 0;
        while (pos < text.Length)
        {
            line++;
            var start = SkipSpaces(text, LineStart(text, ref pos, out var end), end);
            if (start == end || text[start] is '#' or '!')
            {
                continue;
            }

            var firstLine = line;
            logical.Clear();
            while (true)
            {
                var content = text.AsSpan(start, end - start);
                if (!EndsWithEscapedNewline(content))
                {
                    logical.Append(content);
                    break;
                }

                logical.Append(content[..^1]);
                if (pos >= text.Length)
                {
                    break;
                }

                line++;
                start = SkipSpaces(text, LineStart(text, ref pos, out end), end);
            }

            var at = new ConfigOrigin(origin, firstLine, 1);
            Split(logical.ToString(), at, out var key, out var value);
            Put(root, key.Split('.'), new ConfigString(value, at));
        }

        return root;
    }

    /// <summary>Returns where the line at <paramref name="pos"/> starts, sets its end (before \n, \r or \r\n) and moves past it.</summary>
    private static int LineStart(string text, ref int pos, out int end)
    {
        var start = pos;
        while (pos < text.Length && text[pos] is not ('\n' or '\r'))
        {
            pos++;
        }

        end = pos;
        if (pos < text.Length && text[pos] == '\r')
        {
            pos++;
        }

        if (pos < text.Length && text[pos] == '\n')
        {
            pos++;
        }

        return start;
    }

    private static int SkipSpaces(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\f';

    /// <summary>An odd number of backslashes at the end of a line joins it with the next.</summary>
    private static bool EndsWithEscapedNewline(ReadOnlySpan<char> content)
    {
        var count = 0;
        for (var i = content.Length - 1; i >= 0 && content[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    private static void Split(string logical, ConfigOrigin at, out string key, out string value)
    {
        var i = 0;
        while (i < logical.Length && logical[i] is not ('=' or ':') && !IsSpace(logical[i]))
        {
            i += logical[i] == '\\' ? 2 : 1;
        }

        var keyEnd = Math.Min(i, logical.Length);
        while (i < logical.Length && IsSpace(logical[i]))
        {
            i++;
        }

        if (i < logical.Length && logical[i] is '=' or ':')
        {
            i++;
        }

        while (i < logical.Length && IsSpace(logical[i]))
        {
            i++;
        }

        key = Unescape(logical.AsSpan(0, keyEnd), at);
        value = Unescape(logical.AsSpan(i), at);
    }

    private static string Unescape(ReadOnlySpan<char> raw, ConfigOrigin at)
    {
        if (raw.IndexOf('\\') < 0)
        {
            return raw.ToString();
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                builder.Append(c);
                continue;
            }

            var e = raw[++i];
            switch (e)
            {
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (i + 4 >= raw.Length
                        || !ushort.TryParse(raw.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new ConfigParseException(at, "expected four hex digits after \\u in the properties file");
                    }

                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    builder.Append(e);
                    break;
            }
        }

        return builder.ToString();
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
