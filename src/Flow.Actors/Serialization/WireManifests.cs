namespace Flow.Actors.Serialization;

/// <summary>
/// The manifest of every message <see cref="FlowSerializer"/> writes: short, stable, never reused. A node reads a
/// message by its manifest, so renaming or moving a type changes nothing on the wire; changing a value here breaks
/// every node still running the old one.
/// </summary>
internal static class WireManifests
{
    // Requests and responses.
    public const string PostRequest = "GP";
    public const string FlowRequest = "RQ";
    public const string FlowResponse = "RS";

    // Gateway ↔ shard entity.
    public const string ShardCall = "SC";
    public const string CallResult = "CR";

    // Shard lifecycle.
    public const string StartShard = "SS";
    public const string ShardStarted = "SSd";
    public const string ProbeShard = "SP";
    public const string ShardProbeResult = "SPd";
    public const string CloseShard = "SX";
    public const string ShardClosed = "SXd";
    public const string StopShard = "SZ";

    // Shard entity ↔ replica.
    public const string ReplicaSpec = "RP";
    public const string ReplicaWork = "RW";
    public const string ReplicaDone = "RWd";
    public const string ReplicaCrashed = "RWc";
    public const string ReplicaBounced = "RWb";
    public const string ReplicaJoin = "RJ";
    public const string ReplicaAssigned = "RJd";
    public const string ReplicaUp = "RU";
    public const string ReplicaBroken = "RUb";
    public const string ReplicaPing = "RG";
    public const string ReplicaPong = "RGd";
    public const string CloseReplica = "RX";
    public const string ReplicaClosed = "RXd";

    // Gateway description (what a client checks it reaches, and what a starting node compares its Flow with).
    public const string DescribeFlow = "GD";
    public const string FlowDescription = "GDd";

    // Status service.
    public const string GetClusterStatus = "TC";
    public const string ClusterStatusReport = "TCd";
    public const string GetLocalFlows = "TL";
    public const string LocalFlows = "TLd";
}
