using System.Text;

namespace Flow.Hocon.Resolution;

/// <summary>Folds the pieces of a value concatenation: strings join with their whitespace, lists append, objects merge.</summary>
internal static class ConcatenationFolder
{
    /// <summary>
    /// Folds pieces; a null piece is an undefined optional substitution and vanishes. Returns null when every
    /// piece vanished. <paramref name="resolved"/> selects resolution-time object merging over parse-time merging.
    /// </summary>
    public static ConfigValue? Fold(List<ConfigValue?> pieces, ConfigOrigin origin, bool resolved)
    {
        var structured = false;
        var defined = 0;
        var whitespace = 0;
        ConfigValue? single = null;
        foreach (var piece in pieces)
        {
            if (piece is null)
            {
                continue;
            }

            structured |= piece is ConfigObject or ConfigList;
            if (piece is ConfigString { IsWhitespace: true })
            {
                whitespace++;
            }
            else
            {
                defined++;
                single = piece;
            }
        }

        if (defined == 1 && whitespace == 0)
        {
            return single;
        }

        return structured ? FoldStructured(pieces, origin, resolved) : FoldStrings(pieces, defined + whitespace, origin);
    }

    private static ConfigValue? FoldStrings(List<ConfigValue?> pieces, int present, ConfigOrigin origin)
    {
        if (present == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece is ConfigScalar scalar)
            {
                builder.Append(scalar.Text);
            }
        }

        return new ConfigString(builder.ToString(), origin);
    }

    private static ConfigValue? FoldStructured(List<ConfigValue?> pieces, ConfigOrigin origin, bool resolved)
    {
        ConfigValue? result = null;
        foreach (var piece in pieces)
        {
            if (piece is null || piece is ConfigString { IsWhitespace: true })
            {
                continue;
            }

            result = (result, piece) switch
            {
                (null, ConfigObject or ConfigList) => piece,
                (null, _) => throw new ConfigParseException(
                    piece.Origin,
                    $"expected values of one kind in a concatenation (strings, lists or objects), found {Kind(piece)} next to an object or list"),
                (ConfigList left, ConfigList right) => new ConfigList(left.Concat(right), left.Origin),

                // The specification: an object with numeric keys next to a list is read as a list.
                (ConfigList left, ConfigObject right) when Reading.ValueConverter.IndexedObjectToList(right) is { } list =>
                    new ConfigList(left.Concat(list), left.Origin),
                (ConfigObject left, ConfigList right) when Reading.ValueConverter.IndexedObjectToList(left) is { } list =>
                    new ConfigList(list.Concat(right), left.Origin),
                (ConfigObject left, ConfigObject right) => resolved
                    ? Merger.MergeResolved(right, left)
                    : Merger.Combine(right, left),
                _ => throw new ConfigParseException(
                    piece.Origin,
                    $"expected values of one kind in a concatenation (strings, lists or objects), found {Kind(result)} followed by {Kind(piece)}"),
            };
        }

        return result;
    }

    private static string Kind(ConfigValue? value) => value switch
    {
        null => "nothing",
        ConfigObject => "an object",
        ConfigList => "a list",
        ConfigScalar scalar => $"the {scalar.Type.ToString().ToLowerInvariant()} '{scalar.Text}'",
        _ => "a value",
    };
}
