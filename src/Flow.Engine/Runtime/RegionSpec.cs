namespace Flow.Engine.Runtime;

/// <summary>One executor (or its <c>uses_before</c> / <c>uses_after</c>) to place: its name and its shards.</summary>
/// <param name="Name">The executor's name (<c>p1</c>, <c>p1/uses-before</c>).</param>
/// <param name="Shards">One spec per shard, in shard order.</param>
internal sealed record RegionSpec(string Name, IReadOnlyList<ShardSpec> Shards)
{
    /// <summary>The same region as data (<c>uses</c> by name, <c>uses_with</c>, counts), for placing it on another node; null when it cannot be.</summary>
    public Flow.Core.Protos.RegionSpecProto? Descriptor { get; init; }
}
