using System.Buffers;
using System.Text.Json;
using Flow.Core.Requests;
using Flow.Gateway.Hosting;
using Flow.Gateway.Mapping;
using Microsoft.AspNetCore.Http;

namespace Flow.Gateway.Http;

/// <summary>
/// Jina's HTTP routes over the Flow. Status codes as Jina's: 200 for a response (an executor error is 200 with status
/// ERROR in the header), 422 for a malformed body (the detail names the field), 404 for an endpoint no executor binds,
/// 413 for a body over the limit, 504 when the Flow's time limit passes, 503 when an executor is unreachable.
/// </summary>
internal sealed class HttpFrontDoor(GatewayState state)
{
    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 128 };

    public async Task PostAsync(HttpContext context, string? pathEndpoint)
    {
        var received = DateTimeOffset.UtcNow;
        var target = state.Target;
        FlowRequest request;
        try
        {
            if (context.Request.ContentLength == 0 && pathEndpoint is not null)
            {
                using var empty = JsonDocument.Parse("{}");
                request = HttpRequestReader.Read(empty.RootElement, pathEndpoint, target.Endpoints);
            }
            else
            {
                using var json = await JsonDocument.ParseAsync(context.Request.Body, Parsing, context.RequestAborted).ConfigureAwait(false);
                request = HttpRequestReader.Read(json.RootElement, pathEndpoint, target.Endpoints);
            }
        }
        catch (JsonException e)
        {
            await Problem.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Malformed JSON", $"body: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}").ConfigureAwait(false);
            return;
        }
        catch (GatewayInputException e)
        {
            await (e.UnknownEndpoint
                ? Problem.WriteAsync(context, StatusCodes.Status404NotFound, "Unknown endpoint", e.Message)
                : Problem.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Invalid request", e.Message)).ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException e)
        {
            await Problem.WriteAsync(context, e.StatusCode, "Bad request", "body: " + e.Message).ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Invalid UTF-8 inside a string (System.Text.Json checks it when the string is read), or a value Flow's
            // document model refuses.
            await Problem.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Invalid request", "body: " + e.Message).ConfigureAwait(false);
            return;
        }

        var response = await target.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        switch (FailureClassifier.Classify(response))
        {
            case FailureKind.Timeout:
                await Problem.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Timeout", response.Error!.Description).ConfigureAwait(false);
                return;
            case FailureKind.Unavailable:
                await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Executor unavailable", response.Error!.Description).ConfigureAwait(false);
                return;
        }

        // Written whole, then sent with its Content-Length: one write, no chunked framing.
        var body = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(body))
        {
            HttpResponseWriter.Write(w, request, response, received);
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.WrittenCount;
        await context.Response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    public Task RootAsync(HttpContext context) => WriteJsonAsync(context, static w =>
    {
        w.WriteStartObject();
        w.WriteEndObject();
    });

    public Task StatusAsync(HttpContext context) => WriteJsonAsync(context, static w =>
    {
        w.WriteStartObject();
        WriteMap(w, "jina", GatewayInfo.Versions());
        WriteMap(w, "envs", GatewayInfo.Environment());
        w.WriteEndObject();
    });

    public async Task DryRunAsync(HttpContext context)
    {
        var readiness = await state.Target.DryRunAsync(context.RequestAborted).ConfigureAwait(false);
        await WriteJsonAsync(context, w =>
        {
            // As Jina's /dry_run: the StatusProto with the code as a number (0 SUCCESS, 1 ERROR).
            w.WriteStartObject();
            w.WriteNumber("code", readiness.Ready ? 0 : 1);
            w.WriteString("description", readiness.Description);
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public Task EndpointsAsync(HttpContext context) => WriteJsonAsync(context, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("endpoints");
        foreach (var e in state.Target.Endpoints.Endpoints)
        {
            w.WriteStringValue(e);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteMap(Utf8JsonWriter w, string name, Dictionary<string, string> map)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }

    private static async Task WriteJsonAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        context.Response.ContentType = "application/json";
        using (var w = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            write(w);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
