using System.Globalization;
using System.Text;

namespace Flow.Hocon.Reading;

/// <summary>Renders resolved values as JSON: key order kept, numbers as written when that is valid JSON.</summary>
internal static class JsonRenderer
{
    public static void Write(StringBuilder builder, ConfigValue value, bool indented, int depth)
    {
        switch (value)
        {
            case ConfigObject obj:
                WriteObject(builder, obj, indented, depth);
                break;
            case ConfigList list:
                WriteList(builder, list, indented, depth);
                break;
            case ConfigString text:
                WriteString(builder, text.Value);
                break;
            case ConfigNumber number:
                WriteNumber(builder, number.Text);
                break;
            case ConfigScalar scalar:
                builder.Append(scalar.Text);
                break;
            default:
                throw new InvalidOperationException("Only resolved values render as JSON.");
        }
    }

    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        // A lone surrogate (from a "\ud83d" escape) has no UTF-8 form: escaped, the output stays valid JSON.
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void WriteObject(StringBuilder builder, ConfigObject obj, bool indented, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var field in obj)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            NewLine(builder, indented, depth + 1);
            WriteString(builder, field.Key);
            builder.Append(indented ? ": " : ":");
            Write(builder, field.Value, indented, depth + 1);
        }

        NewLine(builder, indented, depth);
        builder.Append('}');
    }

    private static void WriteList(StringBuilder builder, ConfigList list, bool indented, int depth)
    {
        if (list.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            NewLine(builder, indented, depth + 1);
            Write(builder, list[i], indented, depth + 1);
        }

        NewLine(builder, indented, depth);
        builder.Append(']');
    }

    private static void NewLine(StringBuilder builder, bool indented, int depth)
    {
        if (indented)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }

    /// <summary>
    /// Writes a number as written: HOCON number syntax is JSON's except for leading zeros (<c>007</c>), which are
    /// dropped. The written form is kept rather than reformatted, so 64-bit-overflowing integers stay exact.
    /// </summary>
    private static void WriteNumber(StringBuilder builder, string text)
    {
        var i = 0;
        if (text.Length > 0 && text[0] == '-')
        {
            builder.Append('-');
            i = 1;
        }

        while (i + 1 < text.Length && text[i] == '0' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
        }

        builder.Append(text, i, text.Length - i);
    }
}
