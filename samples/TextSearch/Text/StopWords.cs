namespace Flow.Samples.TextSearch.Text;

/// <summary>
/// English function words that carry no meaning for API search. Words that do in API docs
/// ("all", "first", "last", "get", "set", "new", "empty", "null") are deliberately kept.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could",
        "did", "do", "does", "each", "either", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "if", "in", "into", "is", "it", "its", "itself", "may", "might", "must", "of", "on", "one", "or", "other",
        "our", "over", "shall", "she", "should", "so", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "to", "too", "under", "upon", "us", "very", "was",
        "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "would", "you", "your",
    };

    /// <summary>True when <paramref name="word"/> (lowercase) is a stop word.</summary>
    /// <param name="word">A lowercase word.</param>
    /// <returns>Whether to drop it.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
