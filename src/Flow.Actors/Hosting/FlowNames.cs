using System.Text;

namespace Flow.Actors.Hosting;

/// <summary>The actor names of a running Flow: its shard region type per executor and its gateway.</summary>
internal static class FlowNames
{
    private static int s_flows;

    /// <summary>A Flow name unique in this process (<c>flow-1</c>, <c>flow-2</c>, ...).</summary>
    public static string Unique() => "flow-" + Interlocked.Increment(ref s_flows);

    /// <summary>Checks a Flow name given by the user: letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    /// <exception cref="ArgumentException">The name is empty or has another character.</exception>
    public static string Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                throw new ArgumentException($"The Flow name '{name}' has the character '{c}': use letters, digits, '-', '_' and '.'.", nameof(name));
            }
        }

        return name;
    }

    /// <summary>The shard region type name of executor <paramref name="executor"/> (<c>enc</c>, <c>enc/uses-before</c>) of Flow <paramref name="flow"/>.</summary>
    public static string Region(string flow, string executor) => "flow-" + flow + "-" + Escape(executor);

    /// <summary>The gateway actor's name of Flow <paramref name="flow"/>.</summary>
    public static string Gateway(string flow) => "flow-" + flow + "-gateway";

    /// <summary>Keeps the characters valid in an actor name as they are and writes the others as <c>%XX</c> (UTF-8).</summary>
    private static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '+' or '=' or ':' or '@' or '!' or '*' or ',' or ';' or '\'')
            {
                builder.Append(c);
                continue;
            }

            foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
