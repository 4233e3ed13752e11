namespace Flow.Actors.Client;

/// <summary>Progress of a post, reported once per response (in request order).</summary>
/// <param name="RequestsDone">Responses received so far.</param>
/// <param name="DocumentsDone">Input documents whose request was answered.</param>
/// <param name="DocumentsTotal">All input documents, when the inputs are a collection; null for a stream.</param>
public sealed record FlowProgress(int RequestsDone, int DocumentsDone, int? DocumentsTotal);
