namespace Flow.Samples.TextSearch.Text;

/// <summary>
/// Harman's "S" stemmer: folds English plurals and third-person verbs onto their stem
/// (lines → line, reads → read, entries → entry) and nothing else, so API words stay recognisable.
/// </summary>
internal static class Stemmer
{
    /// <summary>The stem of a lowercase word.</summary>
    /// <param name="word">A lowercase word.</param>
    /// <returns>Its stem (the word itself when no rule applies).</returns>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word[^1] != 's')
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && !word.EndsWith("eies", StringComparison.Ordinal) && !word.EndsWith("aies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && !word.EndsWith("aes", StringComparison.Ordinal) && !word.EndsWith("ees", StringComparison.Ordinal) && !word.EndsWith("oes", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (!word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
