using Akka.Actor;
using Flow.Core.Requests;

namespace Flow.Actors.Executors;

/// <summary>The shard's start report, readiness probe, close and orderly stop.</summary>
internal sealed partial class ShardEntityActor
{
    private readonly HashSet<int> _reported = [];
    private readonly List<IActorRef> _startRequesters = [];
    private FlowError? _startFailure;
    private Probe? _probe;
    private Closing? _closing;
    private bool _stopping;

    private void ReceiveLifecycle()
    {
        Receive<StartShard>(_ =>
        {
            _startRequesters.Add(Sender);
            AnswerStartIfReported();
        });
        Receive<ProbeShard>(_ => StartProbe(Sender));
        Receive<ReplicaPong>(OnPong);
        Receive<CloseShard>(_ => StartClose(Sender));
        Receive<ReplicaClosed>(closed => _closing?.Answered(this, closed.Replica, closed.Error));
        Receive<StopShard>(_ =>
        {
            // Hand-off or region shutdown: the requests in flight finish first.
            _stopping = true;
            OnWorkFinished();
        });
    }

    private void OnStartReport(int replica, FlowError? failure)
    {
        _startFailure ??= failure;
        if (_reported.Add(replica))
        {
            AnswerStartIfReported();
        }
    }

    private void AnswerStartIfReported()
    {
        if (_startRequesters.Count == 0 || _reported.Count < _spec.Replicas)
        {
            return;
        }

        var answer = new ShardStarted(Shard, _spec.Replicas, _replicas.UpCount, _startFailure);
        foreach (var requester in _startRequesters)
        {
            requester.Tell(answer, Self);
        }

        _startRequesters.Clear();
    }

    private void OnReplicaGone(int replica)
    {
        _brokenReplicas.Remove(replica);
        _probe?.Forget(this, replica);
        _closing?.Answered(this, replica, null);
    }

    private void OnWorkFinished()
    {
        if (_stopping && _inFlight.Count == 0)
        {
            Context.Stop(Self);
        }
    }

    private void StartProbe(IActorRef requester)
    {
        if (_probe is not null)
        {
            _probe.Requesters.Add(requester);
            return;
        }

        _probe = new Probe(requester);
        foreach (var index in _replicas.Indices())
        {
            if (_replicas.IsUp(index))
            {
                _probe.Waiting.Add(index);
                _replicas.RefOf(index)!.Tell(new ReplicaPing(index), Self);
            }
        }

        _probe.TryFinish(this);
    }

    private void OnPong(ReplicaPong pong)
    {
        if (_probe is { } probe && probe.Waiting.Remove(pong.Replica))
        {
            var address = Sender.Path.Address;
            probe.Nodes[pong.Replica] = (address.HasLocalScope ? Akka.Cluster.Cluster.Get(Context.System).SelfAddress : address).ToString();
            probe.TryFinish(this);
        }
    }

    private void StartClose(IActorRef requester)
    {
        if (_closing is not null)
        {
            // Closed already, or closing: answered when every replica has closed (once is enough).
            _closing.Requesters.Add(requester);
            _closing.TryFinish(this);
            return;
        }

        _closing = new Closing(requester);
        foreach (var index in _replicas.Indices())
        {
            _closing.Waiting.Add(index);
            _replicas.RefOf(index)!.Tell(CloseReplica.Instance, Self);
        }

        _closing.TryFinish(this);
    }

    private sealed class Probe(IActorRef requester)
    {
        public List<IActorRef> Requesters { get; } = [requester];

        public HashSet<int> Waiting { get; } = [];

        /// <summary>The node of each replica that answered, by replica index.</summary>
        public SortedDictionary<int, string> Nodes { get; } = [];

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

            var node = Akka.Cluster.Cluster.Get(Context.System).SelfAddress.ToString();
            var result = new ShardProbeResult(shard._spec.Executor, shard.Shard, node, Nodes.Count, shard._spec.Replicas, [.. Nodes.Values]);
            foreach (var r in Requesters)
            {
                r.Tell(result, shard.Self);
            }

            shard._probe = null;
        }
    }

    private sealed class Closing(IActorRef requester)
    {
        public List<IActorRef> Requesters { get; } = [requester];

        public HashSet<int> Waiting { get; } = [];

        public FlowError? Error { get; private set; }

        public void Answered(ShardEntityActor shard, int replica, FlowError? error)
        {
            if (Waiting.Remove(replica))
            {
                Error ??= error;
                TryFinish(shard);
            }
        }

        public void TryFinish(ShardEntityActor shard)
        {
            if (Waiting.Count > 0)
            {
                return;
            }

            var result = new ShardClosed(shard.Shard, Error);
            foreach (var r in Requesters)
            {
                r.Tell(result, shard.Self);
            }

            Requesters.Clear();
        }
    }
}
