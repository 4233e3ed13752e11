using Flow.Core.Documents;

namespace Flow.Bench.RawAkka;

/// <summary>A shard's part of a raw-Akka scatter: add matches to a copy of the queries, answer <see cref="MatchPart"/>.</summary>
internal sealed record MatchWork(string ShardId, int Shard, DocumentArray Queries);

/// <summary>A shard's answer to the scatter gateway.</summary>
internal sealed record MatchPart(int Shard, DocumentArray Docs);

/// <summary>What a caller asks the scatter gateway: the queries, answered with the reduced documents.</summary>
internal sealed record ScatterRequest(DocumentArray Queries);
