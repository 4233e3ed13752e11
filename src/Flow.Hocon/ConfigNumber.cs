using System.Globalization;

namespace Flow.Hocon;

/// <summary>
/// A number: a 64-bit integer when written without fraction or exponent and in range, else a double (infinite
/// when written beyond its range). It keeps the text it was written as, which JSON rendering and concatenation use.
/// </summary>
public sealed class ConfigNumber : ConfigScalar
{
    private readonly long _integer;
    private readonly double _double;

    private ConfigNumber(string text, bool isInteger, long integer, double value, ConfigOrigin origin)
        : base(origin)
    {
        Text = text;
        IsInteger = isInteger;
        _integer = integer;
        _double = value;
    }

    /// <inheritdoc />
    public override ConfigValueType Type => ConfigValueType.Number;

    /// <summary>The number as written.</summary>
    public override string Text { get; }

    /// <summary>True when the number is a 64-bit integer.</summary>
    public bool IsInteger { get; }

    /// <summary>The number as a double (integers convert, possibly losing precision).</summary>
    public double ToDouble() => IsInteger ? _integer : _double;

    /// <summary>The integer; for a double, its value truncated toward zero.</summary>
    public long ToInt64() => IsInteger ? _integer : (long)_double;

    /// <summary>Creates an integer value.</summary>
    /// <param name="value">The integer.</param>
    /// <param name="origin">Where it was defined.</param>
    public static ConfigNumber FromInt64(long value, ConfigOrigin origin) =>
        new(value.ToString(CultureInfo.InvariantCulture), true, value, value, origin);

    /// <summary>Creates a double value; it must be finite.</summary>
    /// <param name="value">The double.</param>
    /// <param name="origin">Where it was defined.</param>
    public static ConfigNumber FromDouble(double value, ConfigOrigin origin)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A configuration number must be finite.");
        }

        return new(value.ToString("R", CultureInfo.InvariantCulture), false, 0, value, origin);
    }

    /// <summary>Parses HOCON number text (<c>-?digits(.digits)?([eE][+-]?digits)?</c>); null when it is not one.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="origin">Where it was written.</param>
    internal static ConfigNumber? TryParse(string text, ConfigOrigin origin)
    {
        if (!IsNumberSyntax(text, out var isIntegral))
        {
            return null;
        }

        if (isIntegral && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new ConfigNumber(text, true, integer, integer, origin);
        }

        // Valid JSON number syntax is a number even beyond a double's range (1e400 reads as infinity); it keeps its text.
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new ConfigNumber(text, false, 0, value, origin);
    }

    private static bool IsNumberSyntax(string text, out bool isIntegral)
    {
        isIntegral = true;
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var digits = SkipDigits(text, ref i);
        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            isIntegral = false;
            if (SkipDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            isIntegral = false;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (SkipDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int SkipDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
