using System.Text.Json;
using Flow.Core.Requests;
using Flow.Gateway.Http.Json;

namespace Flow.Gateway.Http;

/// <summary>
/// A response as Jina's HTTP gateway writes it: <c>{"header": {requestId, status, execEndpoint, targetExecutor},
/// "parameters", "routes": [{executor, startTime, endTime, status}], "data": [documents]}</c>; status codes are names
/// (<c>SUCCESS</c>, <c>ERROR</c>) as in protobuf's JSON form.
/// </summary>
internal static class HttpResponseWriter
{
    public static void Write(Utf8JsonWriter w, FlowRequest request, FlowResponse response, DateTimeOffset received)
    {
        w.WriteStartObject();
        w.WriteStartObject("header");
        w.WriteString("requestId", request.RequestId);
        w.WritePropertyName("status");
        WriteStatus(w, response.Error);
        w.WriteString("execEndpoint", request.Endpoint);
        w.WriteString("targetExecutor", request.TargetExecutor ?? string.Empty);
        w.WriteEndObject();
        w.WritePropertyName("parameters");
        response.Parameters.WriteTo(w);
        w.WriteStartArray("routes");
        for (var i = 0; i < response.Routes.Count; i++)
        {
            var route = response.Routes[i];
            w.WriteStartObject();
            w.WriteString("executor", route.Executor);
            WriteTime(w, "startTime", route.StartTime ?? (i == 0 ? received : null));
            WriteTime(w, "endTime", route.EndTime ?? (i == 0 ? DateTimeOffset.UtcNow : null));
            w.WriteStartObject("status");
            w.WriteString("code", route.Status == ResponseStatus.Ok ? "SUCCESS" : "ERROR");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("data");
        JsonDocumentWriter.WriteArray(w, response.Docs);
        w.WriteEndObject();
    }

    /// <summary>A StatusProto in JSON: SUCCESS, or ERROR with description and exception {name, args, stacks, executor}.</summary>
    public static void WriteStatus(Utf8JsonWriter w, FlowError? error)
    {
        w.WriteStartObject();
        if (error is null)
        {
            w.WriteString("code", "SUCCESS");
            w.WriteString("description", string.Empty);
            w.WriteEndObject();
            return;
        }

        w.WriteString("code", "ERROR");
        w.WriteString("description", error.Description);
        w.WriteStartObject("exception");
        w.WriteString("name", error.ExceptionType);
        w.WriteStartArray("args");
        w.WriteStringValue(error.Message);
        w.WriteEndArray();
        w.WriteStartArray("stacks");
        if (error.StackTrace is { Length: > 0 } stack)
        {
            foreach (var line in stack.Split('\n'))
            {
                w.WriteStringValue(line.TrimEnd('\r'));
            }
        }

        w.WriteEndArray();
        w.WriteString("executor", error.Executor);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            JinaTimestamp.Write(w, name, t);
        }
    }
}
