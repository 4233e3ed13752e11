namespace Flow.Engine.Remote;

/// <summary>The stable wire ids of the engine's remote messages (never reuse or renumber one); contracts in <c>Protos/flow_remote.proto</c>.</summary>
internal static class EngineWireIds
{
    public const int ShardCall = 2000;
    public const int CallResult = 2001;
    public const int RegionSpec = 2002;
    public const int StartRegion = 2003;
    public const int RegionStarted = 2004;
    public const int CloseShard = 2005;
    public const int ShardClosed = 2006;
    public const int ProbeShard = 2007;
    public const int ShardProbeResult = 2008;
}
