namespace Flow.Host.Run;

/// <summary>What <c>flow run</c> was asked to do, after parsing and defaults.</summary>
internal sealed record RunSettings(
    string FlowFile,
    IReadOnlyList<string> Assemblies,
    string Host,
    int? GrpcPort,
    int? HttpPort,
    string? Workspace,
    int Prefetch,
    bool StopOnStdinClose);
