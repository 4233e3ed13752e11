using Flow.Actors;

namespace Flow.Engine.Runtime;

/// <summary>The readiness probe and the close of a shard: who asked, which replicas still have to answer.</summary>
internal sealed partial class ShardEntityActor
{
    private sealed class ProbeState(IActorRef requester)
    {
        public List<IActorRef> Requesters { get; } = [requester];

        public HashSet<int> Waiting { get; } = [];

        public int Answered { get; set; }

        public void Forget(ShardEntityActor shard, int replica)
        {
            if (Waiting.Remove(replica))
            {
                TryFinish(shard);
            }
        }

        public void TryFinish(ShardEntityActor shard)
        {
            if (Waiting.Count > 0)
            {
                return;
            }

            var result = new ShardProbeResult(shard._spec.ShardId, Answered, shard._replicas.Length);
            foreach (var r in Requesters)
            {
                r.Tell(result, shard.Self);
            }

            shard._probe = null;
        }
    }

    private sealed class CloseState(IActorRef requester)
    {
        public IActorRef Requester { get; } = requester;

        public HashSet<int> Waiting { get; } = [];

        public Exception? Error { get; set; }

        public void Forget(ShardEntityActor shard, int replica)
        {
            if (Waiting.Remove(replica))
            {
                TryFinish(shard);
            }
        }

        public void TryFinish(ShardEntityActor shard)
        {
            if (Waiting.Count == 0 && shard._close == this)
            {
                shard._close = null;
                Requester.Tell(new ShardClosed(shard._spec.ShardId, Error), shard.Self);
            }
        }
    }
}
