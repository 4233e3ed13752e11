namespace Flow.Samples.TextSearch.Text;

/// <summary>
/// Turns text into index terms: words are runs of letters and digits, split again at camel-case
/// boundaries (<c>ReadAllLines</c> → read, all, lines; <c>XMLReader</c> → xml, reader), lowercased,
/// stop words and one-letter words dropped, then a light plural stemmer (<see cref="Stemmer"/>).
/// Stateless and thread-safe; the same function serves fitting, indexing and querying.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The terms of <paramref name="text"/>, in order, repeats kept (term frequency counts them).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The terms.</returns>
    public static List<string> Tokenize(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            AddWord(text.AsSpan(start, i - start), terms);
        }

        return terms;
    }

    private static void AddWord(ReadOnlySpan<char> word, List<string> terms)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || IsBoundary(word, i))
            {
                AddTerm(word[start..i], terms);
                start = i;
            }
        }
    }

    /// <summary>A camel-case boundary before position <paramref name="i"/>: aB, or the B of ABc.</summary>
    private static bool IsBoundary(ReadOnlySpan<char> word, int i)
    {
        var previous = word[i - 1];
        var current = word[i];
        if (!char.IsUpper(current))
        {
            return false;
        }

        if (char.IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }

        return char.IsUpper(previous) && i + 1 < word.Length && char.IsLower(word[i + 1]);
    }

    private static void AddTerm(ReadOnlySpan<char> part, List<string> terms)
    {
        if (part.Length < 2)
        {
            return;
        }

        var lower = part.ToString().ToLowerInvariant();
        if (StopWords.Contains(lower))
        {
            return;
        }

        terms.Add(Stemmer.Stem(lower));
    }
}
