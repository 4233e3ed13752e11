namespace Flow.Hocon.Parsing;

/// <summary>A decoded include directive: where to look and whether a missing target is an error.</summary>
internal readonly record struct IncludeRequest(IncludeKind Kind, bool Required)
{
    /// <summary>Decodes the unquoted text around the quoted name (whitespace removed); null when malformed.</summary>
    public static IncludeRequest? Decode(string before, string after)
    {
        var required = false;
        if (before.StartsWith("required(", StringComparison.Ordinal))
        {
            required = true;
            before = before["required(".Length..];
            if (!after.EndsWith(')'))
            {
                return null;
            }

            after = after[..^1];
        }

        IncludeKind kind;
        switch (before)
        {
            case "":
                kind = IncludeKind.Heuristic;
                break;
            case "file(":
                kind = IncludeKind.File;
                break;
            case "classpath(":
                kind = IncludeKind.Classpath;
                break;
            case "url(":
                kind = IncludeKind.Url;
                break;
            default:
                return null;
        }

        var expectedAfter = kind == IncludeKind.Heuristic ? string.Empty : ")";
        return after == expectedAfter ? new IncludeRequest(kind, required) : null;
    }
}
