namespace Flow.Gateway.Hosting;

/// <summary>How the front doors serve a Flow: back-pressure and size limits. Immutable.</summary>
public sealed record FlowGatewayOptions
{
    /// <summary>The default <see cref="Prefetch"/>, as Jina's gateway.</summary>
    public const int DefaultPrefetch = 1000;

    /// <summary>
    /// The requests of one <c>JinaRPC.Call</c> stream in flight at once (sent to the Flow and not yet written back): while
    /// that many are in flight the gateway stops reading the stream, so a client that sends faster than the Flow answers
    /// is slowed down by HTTP/2 flow control rather than buffered. At least 1; default 1000.
    /// </summary>
    public int Prefetch { get; init; } = DefaultPrefetch;

    /// <summary>
    /// The largest request accepted, in bytes: a gRPC message (larger: RESOURCE_EXHAUSTED) or an HTTP body (larger: 413).
    /// Default 64 MiB.
    /// </summary>
    public int MaxRequestBytes { get; init; } = 64 * 1024 * 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Prefetch, 1, nameof(Prefetch));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBytes, 1024, nameof(MaxRequestBytes));
    }
}
