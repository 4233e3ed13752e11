namespace Flow.Gateway.Mapping;

/// <summary>
/// A request a front door cannot turn into a Flow request: <see cref="Field"/> names where (<c>data.docs[2].embedding.dense.dtype</c>),
/// the message says what was wrong. Answered as gRPC INVALID_ARGUMENT, HTTP 422, or an ERROR response on a stream.
/// </summary>
internal sealed class GatewayInputException : Exception
{
    public GatewayInputException(string field, string message, bool unknownEndpoint = false)
        : base($"{field}: {message}")
    {
        Field = field;
        UnknownEndpoint = unknownEndpoint;
    }

    /// <summary>True when the request names an endpoint no executor binds (gRPC NOT_FOUND, HTTP 404).</summary>
    public bool UnknownEndpoint { get; }

    /// <summary>The path of the offending field in the request.</summary>
    public string Field { get; }
}
