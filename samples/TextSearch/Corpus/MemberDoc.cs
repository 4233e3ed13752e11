namespace Flow.Samples.TextSearch.Corpus;

/// <summary>One documented member: its XML documentation id, full name and cleaned summary.</summary>
/// <param name="Id">The XML documentation id (<c>M:System.IO.File.ReadAllLines(System.String)</c>).</param>
/// <param name="Name">The full member name (<c>System.IO.File.ReadAllLines</c>).</param>
/// <param name="Summary">The summary as plain text (empty when the member has none).</param>
internal sealed record MemberDoc(string Id, string Name, string Summary)
{
    /// <summary>
    /// What gets indexed: the short name then the summary (<c>File.ReadAllLines: Opens a text file…</c>);
    /// the tokenizer splits the name's camel case, so "read all lines" finds <c>ReadAllLines</c>.
    /// </summary>
    public string IndexText => Summary.Length == 0 ? MemberName.Short(Name) : $"{MemberName.Short(Name)}: {Summary}";
}
