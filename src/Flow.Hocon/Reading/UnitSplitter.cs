using System.Globalization;

namespace Flow.Hocon.Reading;

/// <summary>Splits <c>"10 seconds"</c> or <c>"1.5KiB"</c> into its number and its unit (whitespace between them allowed).</summary>
internal static class UnitSplitter
{
    public static bool Split(string text, out decimal number, out string unit)
    {
        var end = text.Length;
        while (end > 0 && char.IsLetter(text[end - 1]) || end > 0 && text[end - 1] == 'µ')
        {
            end--;
        }

        unit = text[end..];
        var numeric = text.AsSpan(0, end).Trim();
        return decimal.TryParse(
            numeric,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture,
            out number);
    }
}
