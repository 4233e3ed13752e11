namespace Flow.Engine.Runtime;

/// <summary>One executor (or its <c>uses_before</c> / <c>uses_after</c>) to place: its name and its shards.</summary>
/// <param name="Name">The executor's name (<c>p1</c>, <c>p1/uses-before</c>).</param>
/// <param name="Shards">One spec per shard, in shard order.</param>
internal sealed record RegionSpec(string Name, IReadOnlyList<ShardSpec> Shards);
