using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flow.Gateway.Http;

/// <summary>Maps Jina's HTTP routes (see <see cref="HttpFrontDoor"/>) and <c>GET /openapi.json</c>.</summary>
internal static class HttpRoutes
{
    private static readonly Lazy<byte[]> OpenApi = new(() =>
    {
        using var stream = typeof(HttpRoutes).Assembly.GetManifestResourceStream("Flow.Gateway.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI description is not embedded in Flow.Gateway.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder endpoints, HttpFrontDoor door, long maxRequestBytes)
    {
        var limit = new RequestSizeLimit(maxRequestBytes);
        endpoints.MapGet("/", door.RootAsync);
        endpoints.MapGet("/status", door.StatusAsync);
        endpoints.MapGet("/dry_run", door.DryRunAsync);
        endpoints.MapGet("/endpoints", door.EndpointsAsync);
        endpoints.MapGet("/openapi.json", static context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.Body.WriteAsync(OpenApi.Value, context.RequestAborted).AsTask();
        });
        endpoints.MapPost("/post", context => door.PostAsync(context, null)).WithMetadata(limit);
        endpoints.MapPost("/index", context => door.PostAsync(context, "/index")).WithMetadata(limit);
        endpoints.MapPost("/search", context => door.PostAsync(context, "/search")).WithMetadata(limit);
        endpoints.MapPut("/update", context => door.PostAsync(context, "/update")).WithMetadata(limit);
        endpoints.MapDelete("/delete", context => door.PostAsync(context, "/delete")).WithMetadata(limit);
    }
}
