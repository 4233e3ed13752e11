using System.Globalization;

namespace Flow.Hocon.Parsing;

/// <summary>Character classes of the HOCON specification.</summary>
internal static class CharClass
{
    /// <summary>HOCON whitespace except the newline: Unicode space separators, tab, vertical tab, form feed, CR, BOM, file/group/record/unit separators.</summary>
    public static bool IsWhitespace(char c)
    {
        if (c == ' ' || c == '\t' || c == '\r')
        {
            return true;
        }

        if (c < 128)
        {
            return c == '\v' || c == '\f' || (c >= '\u001C' && c <= '\u001F');
        }

        if (c == '\uFEFF')
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Characters that end unquoted text (whitespace and newline are checked separately).</summary>
    public static bool IsForbiddenInUnquoted(char c) => c switch
    {
        '$' or '"' or '{' or '}' or '[' or ']' or ':' or '=' or ',' or '+' or '#' or '`' or '^' or '?' or '!' or '@'
            or '*' or '&' or '\\' => true,
        _ => false,
    };
}
