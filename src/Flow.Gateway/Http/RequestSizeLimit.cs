using Microsoft.AspNetCore.Http.Metadata;

namespace Flow.Gateway.Http;

/// <summary>The body size limit of the front doors' HTTP routes (endpoint metadata Kestrel enforces: 413 past it).</summary>
internal sealed class RequestSizeLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = maxBytes;
}
