using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flow.Core.Flows;
using Flow.Gateway.Hosting;

namespace Flow.Host.Run;

/// <summary>
/// The front doors a Jina Flow YAML asks for in its <c>with:</c> or <c>gateway:</c> (Jina's gateway arguments), for what
/// <c>flow run</c>'s command line and <c>--config</c> leave unset: <c>protocol</c> (<c>grpc</c> — Jina's default — or
/// <c>http</c>, or a list of them; Jina 2's <c>restful: true</c> is <c>http</c>), <c>port</c> (Jina 2's <c>port_expose</c>
/// too; one port, or a list as long as the protocols), <c>host</c> and <c>prefetch</c>. A Flow that names a protocol or a
/// port gets exactly those doors, the others off (as Jina); a protocol without a port gets Flow's default port for it.
/// Other <c>with</c> keys are the Flow's own (name, workspace) or are not front-door settings.
/// </summary>
/// <param name="NamesDoors">True when the YAML names a protocol or a port.</param>
/// <param name="GrpcPort">The gRPC port it asks for; null: that door is off.</param>
/// <param name="HttpPort">The HTTP port it asks for; null: that door is off.</param>
/// <param name="Host">The address to listen on, or null.</param>
/// <param name="Prefetch">Requests in flight per gRPC stream, or null.</param>
internal sealed record YamlGateway(bool NamesDoors, int? GrpcPort, int? HttpPort, string? Host, int? Prefetch)
{
    /// <summary>Reads the front-door settings of <paramref name="with"/> (the <c>with:</c> of <paramref name="file"/>).</summary>
    /// <exception cref="FlowValidationException">A value of the wrong type or out of range, an unsupported protocol, or ports and protocols that do not pair up; the message names the file and the key.</exception>
    public static YamlGateway Read(JsonObject with, string file)
    {
        ArgumentNullException.ThrowIfNull(with);
        var protocols = Strings(with, "protocol", file)?.Select(p => p.ToLowerInvariant()).ToList()
            ?? (with["restful"] is JsonValue restful && restful.GetValueKind() == JsonValueKind.True ? ["http"] : null);
        var ports = Ports(with, "port", file) ?? Ports(with, "port_expose", file);
        var host = with["host"] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ => throw Invalid(file, "host", "expected an address"),
        };
        int? prefetch = with["prefetch"] is null ? null : Integer(with["prefetch"], file, "prefetch", 1, int.MaxValue);
        if (protocols is null && ports is null)
        {
            return new YamlGateway(false, null, null, host, prefetch);
        }

        protocols ??= ["grpc"];
        foreach (var protocol in protocols)
        {
            if (protocol is not ("grpc" or "http"))
            {
                throw Invalid(file, "protocol", $"'{protocol}' is not served by Flow (grpc and http are)");
            }
        }

        if (protocols.Distinct().Count() != protocols.Count)
        {
            throw Invalid(file, "protocol", "a protocol is listed twice");
        }

        if (ports is not null && ports.Count != protocols.Count)
        {
            throw Invalid(file, "port", $"{ports.Count} port(s) for {protocols.Count} protocol(s); give one port per protocol");
        }

        int? Port(string protocol, int fallback) =>
            protocols.IndexOf(protocol) is var i and >= 0 ? ports?[i] ?? fallback : null;

        return new YamlGateway(true, Port("grpc", FlowGatewayServerOptions.DefaultGrpcPort), Port("http", FlowGatewayServerOptions.DefaultHttpPort), host, prefetch);
    }

    private static List<string>? Strings(JsonObject with, string key, string file) => with[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonArray a when a.All(e => e is JsonValue v && v.GetValueKind() == JsonValueKind.String) && a.Count > 0 => [.. a.Select(e => e!.GetValue<string>())],
        _ => throw Invalid(file, key, "expected a protocol name or a list of them"),
    };

    private static List<int>? Ports(JsonObject with, string key, string file) => with[key] switch
    {
        null => null,
        JsonArray a when a.Count > 0 => [.. a.Select(e => Integer(e, file, key, 0, 65535))],
        JsonArray => throw Invalid(file, key, "expected a port number or a list of them"),
        var node => [Integer(node, file, key, 0, 65535)],
    };

    private static int Integer(JsonNode? node, string file, string key, int min, int max)
    {
        var text = node is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String ? v.ToString() : null;
        if (text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        throw Invalid(file, key, $"expected a whole number from {min} to {max}, got {node?.ToJsonString() ?? "null"}");
    }

    private static FlowValidationException Invalid(string file, string key, string problem) =>
        new($"{file}: with.{key}: {problem}.");
}
