using Akka.Actor;
using Akka.Cluster.Sharding;
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
    private bool _closingToStop;
    private IActorRef? _region;

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
            // Hand-off or region shutdown: the requests in flight finish first, then the executors are closed (so
            // that a shard starting elsewhere reads a workspace its last instances have finished writing).
            _stopping = true;
            OnWorkFinished();
        });
        Receive<ShardClosed>(_ =>
        {
            if (_stopping)
            {
                Context.Stop(Self);
            }
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
        if (_stopping && _inFlight.Count == 0 && !_closingToStop)
        {
            // Answered with ShardClosed at once when the executors were closed already (an embedded Flow's stop).
            _closingToStop = true;
            StartClose(Self);
        }
    }

    /// <summary>
    /// A call that reaches the entity once it is stopping (sent straight to it by a gateway that has not yet seen it
    /// stop) goes back to the region, which holds it until the shard's new home is known: a hand-off loses no call
    /// and runs none on executors about to close.
    /// </summary>
    /// <returns>False when the entity runs outside a shard region of its executor (it then runs the call itself).</returns>
    private bool ForwardToRegion(ShardCall call)
    {
        var sharding = ClusterSharding.Get(Context.System);
        var typeName = Hosting.FlowNames.Region(_replica.Flow, _spec.Executor);
        if (_region is null && sharding.ShardTypeNames.Contains(typeName))
        {
            _region = sharding.ShardRegion(typeName);
        }

        _region?.Forward(call);
        return _region is not null;
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
