using Flow.Core.Documents;

namespace Flow.Core.Reduce;

/// <summary>
/// Jina's <c>DocumentArray.reduce</c> / <c>reduce_all</c>: combines the results of parallel branches or
/// shards. Deterministic: the left-most array wins every conflict and nothing is re-sorted.
/// </summary>
/// <remarks>
/// Ownership: the reduce moves documents (and their tags, scores and lists) from the right-hand arrays
/// into the left-hand one by reference, without copying; the right-hand arrays must not be used after
/// the call. Runs on the caller's thread; not thread-safe for the arrays involved.
/// </remarks>
public static class DocumentReducer
{
    /// <summary>
    /// Reduces <paramref name="right"/> into <paramref name="left"/>: for each document of
    /// <paramref name="right"/> in order, if <paramref name="left"/> has its id, merges it into that
    /// document (see <see cref="Merge"/>), else appends it.
    /// </summary>
    /// <param name="left">The array that receives the result (mutated in place).</param>
    /// <param name="right">The array reduced into <paramref name="left"/> (consumed).</param>
    /// <returns><paramref name="left"/>.</returns>
    public static DocumentArray Reduce(DocumentArray left, DocumentArray right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (ReferenceEquals(left, right))
        {
            return left;
        }

        var count = right.Count;
        for (var i = 0; i < count; i++)
        {
            var doc = right[i];
            var at = left.IndexOf(doc.Id);
            if (at < 0)
            {
                left.Add(doc);
            }
            else
            {
                Merge(left[at], doc);
            }
        }

        return left;
    }

    /// <summary>Reduces each of <paramref name="others"/> into <paramref name="left"/>, in list order.</summary>
    /// <param name="left">The array that receives the result (mutated in place).</param>
    /// <param name="others">The arrays reduced into <paramref name="left"/> (consumed).</param>
    /// <returns><paramref name="left"/>.</returns>
    public static DocumentArray ReduceAll(DocumentArray left, IReadOnlyList<DocumentArray> others)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(others);
        for (var i = 0; i < others.Count; i++)
        {
            Reduce(left, others[i]);
        }

        return left;
    }

    /// <summary>
    /// Reduces a list of arrays (e.g. one per shard, or one per <c>needs</c> entry, in that order) into
    /// the first one. An empty list gives a new empty array.
    /// </summary>
    /// <param name="parts">The arrays, left-most first (all consumed).</param>
    /// <returns>The first array, holding the result.</returns>
    public static DocumentArray ReduceAll(IReadOnlyList<DocumentArray> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return new DocumentArray();
        }

        var left = parts[0];
        for (var i = 1; i < parts.Count; i++)
        {
            Reduce(left, parts[i]);
        }

        return left;
    }

    /// <summary>
    /// Merges <paramref name="source"/> into <paramref name="target"/>: every field set in the source and
    /// unset in the target is copied as a whole value (tags, scores and evaluations are not merged key by key), except
    /// <c>Id</c>, <c>ParentId</c>, <c>Matches</c> and <c>Chunks</c>; then the matches and the chunks are
    /// reduced recursively with <see cref="Reduce"/>.
    /// </summary>
    /// <param name="target">The document that receives the fields (mutated).</param>
    /// <param name="source">The document merged in (consumed).</param>
    public static void Merge(Document target, Document source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        if (ReferenceEquals(target, source))
        {
            return;
        }

        if (string.IsNullOrEmpty(target.Text) && !string.IsNullOrEmpty(source.Text))
        {
            target.Text = source.Text;
        }

        if (target.Blob.IsEmpty && !source.Blob.IsEmpty)
        {
            target.Blob = source.Blob;
        }

        if (string.IsNullOrEmpty(target.Uri) && !string.IsNullOrEmpty(source.Uri))
        {
            target.Uri = source.Uri;
        }

        if (string.IsNullOrEmpty(target.MimeType) && !string.IsNullOrEmpty(source.MimeType))
        {
            target.MimeType = source.MimeType;
        }

        if (string.IsNullOrEmpty(target.Modality) && !string.IsNullOrEmpty(source.Modality))
        {
            target.Modality = source.Modality;
        }

        target.Embedding ??= source.Embedding;
        target.Tensor ??= source.Tensor;
        // Jina's weight is a proto3 float: 0 is "not set".
        if (target.Weight is null or 0f && source.Weight is not (null or 0f))
        {
            target.Weight = source.Weight;
        }

        // Offset is a proto3 float in Jina too.
        if (target.Offset is null or 0f && source.Offset is not (null or 0f))
        {
            target.Offset = source.Offset;
        }

        if (target.Location is not { Count: > 0 } && source.Location is { Count: > 0 })
        {
            target.Location = source.Location;
        }

        if (target.Granularity == 0)
        {
            target.Granularity = source.Granularity;
        }

        if (target.Adjacency == 0)
        {
            target.Adjacency = source.Adjacency;
        }

        if (!target.HasTags && source.HasTags)
        {
            target.SetTagsRaw(source.TagsOrNull);
            source.SetTagsRaw(null);
        }

        if (!target.HasMetadata && source.HasMetadata)
        {
            target.SetMetadataRaw(source.MetadataOrNull);
            source.SetMetadataRaw(null);
        }

        if (!target.HasScores && source.HasScores)
        {
            target.SetScoresRaw(source.ScoresOrNull);
            source.SetScoresRaw(null);
        }

        if (!target.HasEvaluations && source.HasEvaluations)
        {
            target.SetEvaluationsRaw(source.EvaluationsOrNull);
            source.SetEvaluationsRaw(null);
        }

        if (source.HasMatches)
        {
            Reduce(target.Matches, source.MatchesOrNull!);
        }

        if (source.HasChunks)
        {
            Reduce(target.Chunks, source.ChunksOrNull!);
        }
    }
}
