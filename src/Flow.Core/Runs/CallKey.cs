namespace Flow.Core.Runs;

/// <summary>Identifies one call a request run is waiting for: the run, the executor, the step and the shard.</summary>
/// <param name="RunId">The gateway's id of the request run.</param>
/// <param name="Node">The executor's index in the plan.</param>
/// <param name="Stage">The step of the executor's pipeline.</param>
/// <param name="Shard">The shard index (0 for steps without shards).</param>
internal readonly record struct CallKey(long RunId, int Node, CallStage Stage, int Shard);
