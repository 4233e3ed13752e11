namespace Flow.Samples.TextSearch.Executors;

/// <summary>The tag and score names the sample's executors agree on.</summary>
internal static class DocFields
{
    /// <summary>Tag: the member's full name (<c>System.IO.File.ReadAllLines</c>).</summary>
    public const string Name = "name";

    /// <summary>Score of a match: its cosine similarity to the query.</summary>
    public const string Cosine = "cosine";

    /// <summary>Score of a <c>/status</c> match: how many documents that shard holds.</summary>
    public const string Rows = "rows";

    /// <summary>Request parameter: how many matches to return.</summary>
    public const string TopK = "top_k";
}
