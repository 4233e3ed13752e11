namespace Flow.Samples.TextSearch.Corpus;

/// <summary>One documented member: its XML documentation id, full name and cleaned summary.</summary>
/// <param name="Id">The XML documentation id (<c>M:System.IO.File.ReadAllLines(System.String)</c>).</param>
/// <param name="Name">The full member name (<c>System.IO.File.ReadAllLines</c>).</param>
/// <param name="Summary">The summary as plain text (empty when the member has none).</param>
internal sealed record MemberDoc(string Id, string Name, string Summary)
{
    /// <summary>
    /// What gets indexed: the full name, the short name again, then the summary
    /// (<c>System.IO.File.ReadAllLines File.ReadAllLines: Opens a text file…</c>). The tokenizer splits
    /// the names' camel case, so "read all lines" finds <c>ReadAllLines</c>; writing the type and member
    /// words twice weighs them above the summary's (measured on eval/queries.tsv: see README.md).
    /// </summary>
    public string IndexText
    {
        get
        {
            var names = $"{Name} {MemberName.Short(Name)}";
            return Summary.Length == 0 ? names : $"{names}: {Summary}";
        }
    }
}
