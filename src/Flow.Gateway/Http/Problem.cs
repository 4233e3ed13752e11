using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flow.Gateway.Http;

/// <summary>An error answer in RFC 9457 problem details (<c>application/problem+json</c>): status, title and a detail naming what was wrong.</summary>
internal static class Problem
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        using (var w = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            w.WriteStartObject();
            w.WriteString("type", "about:blank");
            w.WriteString("title", title);
            w.WriteNumber("status", status);
            w.WriteString("detail", detail);
            w.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
