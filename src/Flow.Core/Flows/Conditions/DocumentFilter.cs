using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>
/// A compiled docarray query-language filter (Jina's <c>when</c>), e.g.
/// <c>{"tags__key": {"$eq": 5}}</c>. Fields: <c>tags__a__b</c> (nested tags), <c>scores__name__value</c>,
/// and the top-level <c>id</c>, <c>parent_id</c>, <c>text</c>, <c>uri</c>, <c>mime_type</c>,
/// <c>modality</c>, <c>weight</c>, <c>granularity</c>, <c>adjacency</c>, plus <c>embedding</c>,
/// <c>tensor</c>, <c>blob</c> for <c>$exists</c>. Operators: <c>$eq $ne $gt $gte $lt $lte $in $nin
/// $regex $exists $size</c>; logic: <c>$and $or $not</c>; several fields or operators in one object
/// must all hold; a plain value means <c>$eq</c>. As docarray: a tag (or score) that does not exist
/// satisfies only <c>$exists: false</c>; an unset top-level field reads as null (so <c>$ne</c> holds);
/// <c>$exists</c> on a top-level field means "set" (non-empty, non-zero). Immutable and thread-safe.
/// </summary>
public sealed class DocumentFilter
{
    private readonly FilterNode _root;

    private DocumentFilter(FilterNode root, string text)
    {
        _root = root;
        Text = text;
    }

    /// <summary>The filter as JSON.</summary>
    public string Text { get; }

    /// <summary>Compiles a filter.</summary>
    /// <param name="filter">The query object.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="FormatException">Unknown operator or field, or a malformed operand; the message says which.</exception>
    public static DocumentFilter Parse(JsonObject filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new DocumentFilter(FilterParser.ParseObject(filter), filter.ToJsonString());
    }

    /// <summary>True when <paramref name="doc"/> satisfies the filter.</summary>
    /// <param name="doc">The document.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return _root.Evaluate(doc);
    }

    /// <summary>The matching documents, in order (by reference; Jina's <c>docs.find(filter)</c>).</summary>
    /// <param name="docs">The documents.</param>
    /// <returns>A new array of the matching documents.</returns>
    public DocumentArray Filter(DocumentArray docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var result = new DocumentArray(docs.Count);
        foreach (var doc in docs)
        {
            if (_root.Evaluate(doc))
            {
                result.Add(doc);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
