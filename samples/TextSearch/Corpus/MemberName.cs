namespace Flow.Samples.TextSearch.Corpus;

/// <summary>
/// Reads XML documentation ids (<c>M:System.IO.File.ReadAllLines(System.String)</c>): the member name
/// without kind prefix, parameters or generic arity (<c>System.IO.File.ReadAllLines</c>), and its
/// short form, the last two segments (<c>File.ReadAllLines</c>).
/// </summary>
internal static class MemberName
{
    /// <summary>The member's full name: no <c>X:</c> prefix, no parameter list, no <c>`N</c> / <c>``N</c> arity.</summary>
    /// <param name="id">An XML documentation id.</param>
    /// <returns>The full name.</returns>
    public static string FromId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var name = id.Length > 2 && id[1] == ':' ? id[2..] : id;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var tilde = name.IndexOf('~', StringComparison.Ordinal);
        if (tilde >= 0)
        {
            name = name[..tilde];
        }

        return name.Contains('`', StringComparison.Ordinal) ? StripArity(name) : name;
    }

    /// <summary>The last two dot-separated segments of <paramref name="fullName"/> (the whole name when shorter).</summary>
    /// <param name="fullName">A full name from <see cref="FromId"/>.</param>
    /// <returns>The short name, e.g. <c>File.ReadAllLines</c>.</returns>
    public static string Short(string fullName)
    {
        var last = fullName.LastIndexOf('.');
        if (last <= 0)
        {
            return fullName;
        }

        var previous = fullName.LastIndexOf('.', last - 1);
        return previous < 0 ? fullName : fullName[(previous + 1)..];
    }

    private static string StripArity(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        var i = 0;
        while (i < name.Length)
        {
            if (name[i] == '`')
            {
                while (i < name.Length && (name[i] == '`' || char.IsDigit(name[i])))
                {
                    i++;
                }

                continue;
            }

            chars.Append(name[i++]);
        }

        return chars.ToString();
    }
}
