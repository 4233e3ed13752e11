using System.Text.Json.Nodes;
using Akka.Actor;
using Akka.Cluster.Routing;
using Akka.Event;
using Flow.Actors.Serialization;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Executors;

/// <summary>
/// The sharded entity of one shard of one executor (entity id = shard index). Owns the shard's replicas as a
/// cluster-aware Akka pool (<see cref="ReplicaPool"/>, spread over the nodes of the executor's role), sends each
/// <see cref="ShardCall"/> to one live replica, keeps what each replica runs, and when a replica crashes, bounces
/// work or stops, retries that work on another replica within the executor's budget (<see cref="RetryPolicy"/>).
/// Answers the caller of a <see cref="ShardCall"/> with a <see cref="CallResult"/>.
/// </summary>
internal sealed partial class ShardEntityActor : ReceiveActor
{
    private readonly EntitySpec _spec;
    private readonly ReplicaSpec _replica;
    private readonly ReplicaSet _replicas = new();
    private readonly ReplicaRoutingLogic _logic;
    private readonly RetryPolicy _retry;
    private readonly Dictionary<long, InFlightWork> _inFlight = [];
    private readonly Queue<(InFlightWork Work, int Avoid)> _parked = new();
    private readonly HashSet<int> _brokenReplicas = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly MessageSizeGuard _sizeGuard = MessageSizeGuard.For(Context.System);
    private IActorRef _pool = ActorRefs.Nobody;
    private long _nextWork;

    public ShardEntityActor(EntitySpec spec, int shard)
    {
        _spec = spec;
        _replica = spec.Replica with { Shard = shard };
        _logic = new ReplicaRoutingLogic(_replicas);
        _retry = RetryPolicy.For(spec.Replicas, spec.Retries);
        Receive<ShardCall>(call =>
        {
            if (_stopping && ForwardToRegion(call))
            {
                return;
            }

            Dispatch(new InFlightWork(++_nextWork, call, Sender), -1);
        });
        Receive<ReplicaDone>(OnDone);
        Receive<ReplicaCrashed>(OnCrashed);
        Receive<ReplicaBounced>(OnBounced);
        Receive<ReplicaJoin>(_ => OnJoin(Sender));
        Receive<ReplicaUp>(OnUp);
        Receive<ReplicaBroken>(OnBroken);
        Receive<Terminated>(OnTerminated);
        ReceiveLifecycle();
    }

    /// <summary>The props of the entity for shard <paramref name="shard"/> of the executor described by <paramref name="spec"/>.</summary>
    public static Props Props(EntitySpec spec, int shard) => Akka.Actor.Props.Create(() => new ShardEntityActor(spec, shard));

    private int Shard => _replica.Shard;

    protected override void PreStart()
    {
        var replicas = _spec.Replicas;
        var perNode = _spec.MaxReplicasPerNode is > 0 and var m ? Math.Min(m, replicas) : replicas;
        var pool = new ClusterRouterPool(
            new ReplicaPool(replicas, _logic, _spec.Supervisor),
            new ClusterRouterPoolSettings(replicas, perNode, allowLocalRoutees: true, useRole: _spec.Role));
        _pool = Context.ActorOf(ReplicaActor.Props(_replica, Self).WithRouter(pool), "replicas");
    }

    private void OnJoin(IActorRef replica)
    {
        var index = _replicas.Join(replica);
        _brokenReplicas.Remove(index);
        Context.Watch(replica);
        replica.Tell(new ReplicaAssigned(index), Self);
    }

    private void OnUp(ReplicaUp up)
    {
        _replicas.MarkUp(up.Replica);
        _brokenReplicas.Remove(up.Replica);
        OnStartReport(up.Replica, null);
        var parked = _parked.Count;
        for (var i = 0; i < parked; i++)
        {
            var (work, avoid) = _parked.Dequeue();
            Dispatch(work, avoid);
        }
    }

    private void OnBroken(ReplicaBroken broken)
    {
        _replicas.MarkDown(broken.Replica);
        _brokenReplicas.Add(broken.Replica);
        _log.Warning("Replica {0} of shard {1} of executor {2} cannot construct its executor: {3}", broken.Replica, Shard, _spec.Executor, broken.Cause.Message);
        OnStartReport(broken.Replica, broken.Cause);
        FailParkedIfNoneCanRun(broken.Cause);
    }

    private void Dispatch(InFlightWork work, int avoid)
    {
        if (_replicas.UpCount == 0)
        {
            if (CanStillRun())
            {
                // A replica is restarting or still being deployed: the work waits for it.
                work.Replica = -1;
                _parked.Enqueue((work, avoid));
                _inFlight.TryAdd(work.Id, work);
                return;
            }

            Fail(work, nameof(InvalidOperationException), NoReplicaMessage(null));
            return;
        }

        var replicaWork = new ReplicaWork(work.Id, work.Call.Input, avoid);
        if (_sizeGuard.RefuseWork(replicaWork, _replicas, _spec.Executor) is { } tooLarge)
        {
            Fail(work, MessageSizeGuard.ExceptionType, tooLarge);
            return;
        }

        work.Attempts++;
        _inFlight[work.Id] = work;
        _pool.Tell(replicaWork, Self);
        work.Replica = _logic.LastSelected;
    }

    private void OnDone(ReplicaDone done)
    {
        if (_inFlight.Remove(done.WorkId, out var work))
        {
            work.ReplyTo.Tell(_sizeGuard.Reply(new CallResult(work.Call.Key, done.Docs, done.Parameters, done.Error), work.ReplyTo, work.Call, _spec.Executor), Self);
            OnWorkFinished();
        }
    }

    private void OnCrashed(ReplicaCrashed crashed)
    {
        // The replica is restarting; it is up again when it reports ReplicaUp.
        _replicas.MarkDown(crashed.Replica);
        _log.Warning("Replica {0} of shard {1} of executor {2} crashed ({3}); it is restarted and its request retried", crashed.Replica, Shard, _spec.Executor, crashed.Cause.Message);
        if (_inFlight.TryGetValue(crashed.WorkId, out var work) && work.Replica == crashed.Replica)
        {
            Retry(work, crashed.Replica, crashed.Cause);
        }
    }

    private void OnBounced(ReplicaBounced bounced)
    {
        _replicas.MarkDown(bounced.Replica);
        if (_inFlight.TryGetValue(bounced.WorkId, out var work) && work.Replica == bounced.Replica)
        {
            Retry(work, bounced.Replica, bounced.Cause);
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        var index = _replicas.Remove(terminated.ActorRef);
        if (index < 0)
        {
            return;
        }

        OnReplicaGone(index);
        var cause = new FlowError(_spec.Executor, "ReplicaStoppedException", $"Replica {index} of shard {Shard} stopped{(terminated.AddressTerminated ? " (its node " + terminated.ActorRef.Path.Address + " is unreachable)" : string.Empty)}.", null);
        foreach (var work in WorkOn(index))
        {
            Retry(work, index, cause);
        }

        FailParkedIfNoneCanRun(cause);
    }

    private List<InFlightWork> WorkOn(int replica)
    {
        var list = new List<InFlightWork>();
        foreach (var work in _inFlight.Values)
        {
            if (work.Replica == replica)
            {
                list.Add(work);
            }
        }

        return list;
    }

    private void Retry(InFlightWork work, int from, FlowError cause)
    {
        (work.Failed ??= []).Add(_replica.RuntimeFor(from).RuntimeName);
        if (_retry.MayRetry(work.Attempts))
        {
            Dispatch(work, from);
            return;
        }

        Fail(work, cause.ExceptionType, $"Every attempt failed: {work.Attempts} attempts on {string.Join(", ", work.Failed)}; the last: {cause.Message}");
    }

    /// <summary>True while a replica may still come up: one is restarting, or fewer than all replicas joined yet.</summary>
    private bool CanStillRun()
    {
        if (_replicas.Count < _spec.Replicas)
        {
            return true;
        }

        foreach (var index in _replicas.Indices())
        {
            if (!_brokenReplicas.Contains(index))
            {
                return true;
            }
        }

        return false;
    }

    private void FailParkedIfNoneCanRun(FlowError cause)
    {
        if (_replicas.UpCount > 0 || CanStillRun())
        {
            return;
        }

        while (_parked.Count > 0)
        {
            Fail(_parked.Dequeue().Work, cause.ExceptionType, NoReplicaMessage(cause));
        }
    }

    private string NoReplicaMessage(FlowError? cause) =>
        $"No replica of shard {Shard} of executor '{_spec.Executor}' can run the request" + (cause is null ? "." : ": " + cause.Message);

    private void Fail(InFlightWork work, string type, string message)
    {
        _inFlight.Remove(work.Id);
        var call = work.Call;
        var error = new FlowError(_spec.Executor, type, message, null);
        work.ReplyTo.Tell(new CallResult(call.Key, call.Input.Docs, call.Input.Parameters ?? new JsonObject(), error), Self);
        OnWorkFinished();
    }
}
