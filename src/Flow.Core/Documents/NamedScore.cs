namespace Flow.Core.Documents;

/// <summary>Jina's NamedScore: an immutable score value with optional provenance.</summary>
/// <param name="Value">The score value.</param>
/// <param name="OpName">The operation that produced it (e.g. "cosine"); null when unset.</param>
/// <param name="Description">A free description; null when unset.</param>
/// <param name="RefId">The id of the document the score refers to; null when unset.</param>
public sealed record NamedScore(double Value, string? OpName = null, string? Description = null, string? RefId = null);
