using System.Text.Json.Nodes;

namespace Flow.Core.Documents;

/// <summary>
/// Jina's Document: the unit of data that flows through executors. Not thread-safe: a document
/// belongs to one branch of a request at a time (the engine hands parallel branches deep clones).
/// </summary>
/// <remarks>
/// <see cref="Embedding"/>, <see cref="Tensor"/>, <see cref="Blob"/> and <see cref="NamedScore"/> are
/// immutable values, so a clone shares them; replace them to change them. <see cref="Tags"/>,
/// <see cref="Metadata"/>, <see cref="Scores"/>, <see cref="Chunks"/> and <see cref="Matches"/> are mutable and are copied by
/// <see cref="Clone"/>. A field is "set" when it is non-null and not its default (empty text, empty
/// blob, empty tags, zero granularity...): that is what <see cref="DocumentArray.Reduce"/> merges.
/// </remarks>
public sealed class Document
{
    private string? _id;
    private JsonObject? _tags;
    private JsonObject? _metadata;
    private Dictionary<string, NamedScore>? _scores;
    private Dictionary<string, NamedScore>? _evaluations;
    private float[]? _location;
    private DocumentArray? _chunks;
    private DocumentArray? _matches;

    /// <summary>Creates a document whose <see cref="Id"/> is generated on first read.</summary>
    public Document()
    {
    }

    /// <summary>Creates a document with the given text.</summary>
    /// <param name="text">The text content.</param>
    public Document(string? text) => Text = text;

    /// <summary>
    /// The document id: set once at construction (<c>init</c>) so that a <see cref="DocumentArray"/>'s
    /// id index can never go stale; when absent, a 32-character lowercase hex uuid (as Jina) is generated
    /// on first read.
    /// </summary>
    public string Id
    {
        get => _id ??= NewId();
        init => _id = string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The id of the document this one is a chunk or match of; null when none.</summary>
    public string? ParentId { get; set; }

    /// <summary>Text content; null when unset.</summary>
    public string? Text { get; set; }

    /// <summary>Binary content (immutable view); empty when unset.</summary>
    public ReadOnlyMemory<byte> Blob { get; set; }

    /// <summary>A URI of the content; null when unset.</summary>
    public string? Uri { get; set; }

    /// <summary>The MIME type of the content; null when unset.</summary>
    public string? MimeType { get; set; }

    /// <summary>The modality of the content (e.g. "text", "image"); null when unset.</summary>
    public string? Modality { get; set; }

    /// <summary>The embedding, dense or sparse; null when unset.</summary>
    public Embedding? Embedding { get; set; }

    /// <summary>The tensor content; null when unset.</summary>
    public Tensor? Tensor { get; set; }

    /// <summary>The weight; null when unset (as Jina's optional weight).</summary>
    public float? Weight { get; set; }

    /// <summary>
    /// The position of this document in its parent (e.g. a chunk's character or frame offset); null when unset. Jina's
    /// offset is a proto3 float, so 0 reads as unset on Jina's wire.
    /// </summary>
    public float? Offset { get; set; }

    /// <summary>
    /// The location of this document in its parent (e.g. a box's coordinates); null when unset. Setting copies the given
    /// values; the list read back is immutable, so a clone shares it.
    /// </summary>
    public IReadOnlyList<float>? Location
    {
        get => _location;
        set => _location = value is null || value.Count == 0 ? null : [.. value];
    }

    /// <summary>The recursion depth of chunks (0 for a root document).</summary>
    public int Granularity { get; set; }

    /// <summary>The recursion depth of matches (0 for a root document).</summary>
    public int Adjacency { get; set; }

    /// <summary>
    /// Free-form JSON-like tags (a <see cref="JsonObject"/>: null, bool, number, string, array, object),
    /// allocated on first read. Setting replaces the whole object (it is not copied).
    /// </summary>
    /// <remarks>
    /// System.Text.Json's DOM rather than an own value type: it ships with the runtime, has deep clone and
    /// deep equality, is the same model as request parameters and <c>uses_with</c>, and maps one to one to
    /// google.protobuf.Struct (Jina's wire type for tags). Numbers cross the wire as doubles, as in Jina;
    /// integral values come back as <c>long</c>.
    /// </remarks>
    public JsonObject Tags
    {
        get => _tags ??= new JsonObject();
        set => _tags = value;
    }

    /// <summary>
    /// docarray's <c>_metadata</c>: data docarray keeps about a document for itself (e.g. a multimodal document's
    /// schema), allocated on first read. Flow does not interpret it; it carries it unchanged from the front doors through
    /// every executor and back, as Jina does, so a client's documents come back whole. Setting replaces the whole object.
    /// </summary>
    public JsonObject Metadata
    {
        get => _metadata ??= new JsonObject();
        set => _metadata = value;
    }

    /// <summary>Named scores (Jina's <c>scores</c>), allocated on first read; setting copies the given entries.</summary>
    public IDictionary<string, NamedScore> Scores
    {
        get => _scores ??= new Dictionary<string, NamedScore>(StringComparer.Ordinal);
        set => _scores = value is null ? null : new Dictionary<string, NamedScore>(value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Named evaluations (Jina's <c>evaluations</c>: how well this document's matches score against a ground truth,
    /// e.g. <c>precision@10</c>), allocated on first read; setting copies the given entries.
    /// </summary>
    public IDictionary<string, NamedScore> Evaluations
    {
        get => _evaluations ??= new Dictionary<string, NamedScore>(StringComparer.Ordinal);
        set => _evaluations = value is null ? null : new Dictionary<string, NamedScore>(value, StringComparer.Ordinal);
    }

    /// <summary>Sub-documents (segments) of this document, allocated on first read.</summary>
    public DocumentArray Chunks
    {
        get => _chunks ??= new DocumentArray();
        set => _chunks = value;
    }

    /// <summary>Search results for this document, allocated on first read.</summary>
    public DocumentArray Matches
    {
        get => _matches ??= new DocumentArray();
        set => _matches = value;
    }

    /// <summary>True when the id was given or has been generated (reading <see cref="Id"/> generates it).</summary>
    internal bool HasId => _id is not null;

    internal bool HasTags => _tags is not null && _tags.Count > 0;

    internal bool HasMetadata => _metadata is not null && _metadata.Count > 0;

    internal bool HasScores => _scores is not null && _scores.Count > 0;

    internal bool HasEvaluations => _evaluations is not null && _evaluations.Count > 0;

    internal bool HasChunks => _chunks is not null && _chunks.Count > 0;

    internal bool HasMatches => _matches is not null && _matches.Count > 0;

    internal JsonObject? TagsOrNull => _tags;

    internal JsonObject? MetadataOrNull => _metadata;

    internal Dictionary<string, NamedScore>? ScoresOrNull => _scores;

    internal Dictionary<string, NamedScore>? EvaluationsOrNull => _evaluations;

    internal DocumentArray? ChunksOrNull => _chunks;

    internal DocumentArray? MatchesOrNull => _matches;

    internal void SetTagsRaw(JsonObject? tags) => _tags = tags;

    internal void SetMetadataRaw(JsonObject? metadata) => _metadata = metadata;

    internal void SetScoresRaw(Dictionary<string, NamedScore>? scores) => _scores = scores;

    internal void SetEvaluationsRaw(Dictionary<string, NamedScore>? evaluations) => _evaluations = evaluations;

    /// <summary>
    /// Returns a deep copy: tags, metadata, scores, evaluations, chunks and matches are copied; immutable values (embedding,
    /// tensor, blob, location, scores' entries) are shared. The copy has the same id (generated first if absent).
    /// </summary>
    /// <returns>An independent document equal to this one.</returns>
    public Document Clone()
    {
        var copy = new Document
        {
            Id = Id,
            ParentId = ParentId,
            Text = Text,
            Blob = Blob,
            Uri = Uri,
            MimeType = MimeType,
            Modality = Modality,
            Embedding = Embedding,
            Tensor = Tensor,
            Weight = Weight,
            Offset = Offset,
            Granularity = Granularity,
            Adjacency = Adjacency,
            _location = _location,
        };
        if (_tags is not null && _tags.Count > 0)
        {
            copy._tags = (JsonObject)_tags.DeepClone();
        }

        if (_metadata is not null && _metadata.Count > 0)
        {
            copy._metadata = (JsonObject)_metadata.DeepClone();
        }

        if (_scores is not null && _scores.Count > 0)
        {
            copy._scores = new Dictionary<string, NamedScore>(_scores, StringComparer.Ordinal);
        }

        if (_evaluations is not null && _evaluations.Count > 0)
        {
            copy._evaluations = new Dictionary<string, NamedScore>(_evaluations, StringComparer.Ordinal);
        }

        if (_chunks is not null && _chunks.Count > 0)
        {
            copy._chunks = _chunks.Clone();
        }

        if (_matches is not null && _matches.Count > 0)
        {
            copy._matches = _matches.Clone();
        }

        return copy;
    }

    /// <summary>
    /// Generates a new id: 32 lowercase hex characters (128 random bits, the shape of Jina's uuid4 hex). Drawn from a
    /// fast non-cryptographic generator: an id names a document or request, it is not a secret (and
    /// <see cref="Guid.NewGuid"/> costs microseconds on some virtual machines, on every request).
    /// </summary>
    /// <returns>The new id.</returns>
    public static string NewId()
    {
        Span<byte> bits = stackalloc byte[16];
        Random.Shared.NextBytes(bits);
        return Convert.ToHexStringLower(bits);
    }

    /// <inheritdoc />
    public override string ToString() => $"Document({Id}{(Text is null ? string.Empty : ", text=" + Text)})";
}
