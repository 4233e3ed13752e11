using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Requests;
using Flow.Gateway.Http.Json;
using Flow.Gateway.Mapping;
using Flow.Gateway.Target;

namespace Flow.Gateway.Http;

/// <summary>
/// The body of <c>POST /post</c> (and of the CRUD routes) as a <see cref="FlowRequest"/>: <c>data</c> (documents, or
/// strings as text documents), <c>parameters</c>, <c>exec_endpoint</c> / <c>execEndpoint</c> (the CRUD routes take it
/// from the path), <c>target_executor</c> / <c>targetExecutor</c>, <c>request_id</c> / <c>requestId</c>, <c>timeout</c> (ms).
/// </summary>
internal static class HttpRequestReader
{
    public static FlowRequest Read(JsonElement body, string? pathEndpoint, FlowEndpoints endpoints)
    {
        JsonFields.Object(body, "body");
        var endpoint = pathEndpoint ?? JsonFields.String(body, "exec_endpoint", "execEndpoint", "body") ?? "/";
        if (endpoint.Length == 0)
        {
            endpoint = "/";
        }

        if (!endpoints.Accepts(endpoint))
        {
            throw new GatewayInputException("exec_endpoint", $"endpoint '{endpoint}' is bound by no executor of the Flow", unknownEndpoint: true);
        }

        var target = JsonFields.String(body, "target_executor", "targetExecutor", "body");
        if (target is { Length: 0 })
        {
            target = null;
        }

        if (!TargetExecutorFilter.TryCreate(target, out _, out var error))
        {
            throw new GatewayInputException("body.target_executor", error);
        }

        var docs = new DocumentArray();
        if (JsonFields.TryGet(body, "data", null, out var data))
        {
            docs = data.ValueKind == JsonValueKind.Object && JsonFields.TryGet(data, "docs", null, out var inner)
                ? JsonDocumentReader.ReadArray(inner, "data.docs")
                : JsonDocumentReader.ReadArray(data, "data");
        }

        var parameters = JsonFields.TryGet(body, "parameters", null, out var p)
            ? JsonNodes.ToObject(JsonFields.Object(p, "body.parameters"))
            : new JsonObject();
        TimeSpan? timeout = null;
        if (JsonFields.TryGet(body, "timeout", null, out var t))
        {
            var ms = JsonFields.Number(t, "body.timeout");
            timeout = ms > 0 && ms <= uint.MaxValue ? TimeSpan.FromMilliseconds(ms) : throw new GatewayInputException("body.timeout", $"{ms} is not a positive number of milliseconds");
        }

        return new FlowRequest(endpoint, docs, parameters)
        {
            RequestId = JsonFields.String(body, "request_id", "requestId", "body") is { Length: > 0 } id ? id : Document.NewId(),
            TargetExecutor = target,
            Timeout = timeout,
        };
    }
}
