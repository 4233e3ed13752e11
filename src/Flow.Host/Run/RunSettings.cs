namespace Flow.Host.Run;

/// <summary>What <c>flow run</c> was asked to do, after parsing; what its command line and <c>--config</c> leave unset, the Flow YAML's <c>with:</c> may set (<see cref="YamlGateway"/>).</summary>
/// <param name="FlowFile">The Flow YAML.</param>
/// <param name="Assemblies">Assemblies of executors to load.</param>
/// <param name="Host">The address to listen on, or null (the YAML's, else 127.0.0.1).</param>
/// <param name="DoorsGiven">True when a port was given on the command line or a <c>--config</c> file was: then <paramref name="GrpcPort"/> and <paramref name="HttpPort"/> decide, not the YAML.</param>
/// <param name="GrpcPort">The gRPC port (0: any), null: off; without <paramref name="DoorsGiven"/>, the default.</param>
/// <param name="HttpPort">The HTTP port (0: any), null: off; without <paramref name="DoorsGiven"/>, the default.</param>
/// <param name="Workspace">The executors' workspace root, or null.</param>
/// <param name="Prefetch">Requests in flight per gRPC stream, or null (the YAML's, else the default).</param>
/// <param name="StopOnStdinClose">Stop when standard input closes.</param>
internal sealed record RunSettings(
    string FlowFile,
    IReadOnlyList<string> Assemblies,
    string? Host,
    bool DoorsGiven,
    int? GrpcPort,
    int? HttpPort,
    string? Workspace,
    int? Prefetch,
    bool StopOnStdinClose);
