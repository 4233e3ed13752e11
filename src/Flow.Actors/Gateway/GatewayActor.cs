using System.Text.Json.Nodes;
using Akka.Actor;
using Akka.Cluster;
using Akka.Event;
using Flow.Actors.Executors;
using Flow.Actors.Serialization;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;
using Flow.Core.Runs;

namespace Flow.Actors.Gateway;

/// <summary>
/// The gateway of one running Flow on one node: starts a <see cref="RequestRun"/> per <see cref="PostRequest"/>,
/// sends its calls to the executors' shard regions (or to the entities once known, see <see cref="ExecutorTargets"/>),
/// routes the answers to their run, applies the request timeout, and answers the poster with the
/// <see cref="FlowResponse"/>. Creates one <see cref="AggregatorActor"/> per executor that reduces. On
/// <see cref="DrainGateway"/> it refuses new requests and reports when the ones in flight have finished.
/// </summary>
internal sealed partial class GatewayActor : ReceiveActor, IWithTimers, IRunHost
{
    private readonly GatewaySpec _spec;
    private readonly ExecutorTargets _targets;
    private readonly IActorRef?[] _aggregators;
    private readonly Dictionary<long, Run> _runs = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly ClusterAvailability _members = new();
    private readonly MessageSizeGuard _sizeGuard = MessageSizeGuard.For(Context.System);
    private long _nextRun;
    private IActorRef? _drainRequester;

    /// <summary>The exception type of the answer to a request a stopping gateway refused without running it (safe to send again elsewhere).</summary>
    public const string RefusedWhileStopping = "FlowStoppingException";

    public GatewayActor(GatewaySpec spec)
    {
        _spec = spec;
        var nodes = spec.Plan.Nodes;
        var shardCounts = new int[nodes.Length];
        var names = new string[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            shardCounts[i] = nodes[i].ShardCount;
            names[i] = nodes[i].Name;
        }

        _targets = new ExecutorTargets(spec.Regions, names, shardCounts, spec.CacheEntityRefs);
        _aggregators = new IActorRef?[nodes.Length];
        Receive<PostRequest>(OnPost);
        Receive<CallResult>(OnResult);
        Receive<RunTimedOut>(OnTimedOut);
        Receive<Terminated>(OnEntityStopped);
        Receive<ShardProbeResult>(OnLocated);
        Receive<RelocateShard>(OnRelocateTick);
        Receive<ClusterEvent.CurrentClusterState>(_members.Apply);
        Receive<ClusterEvent.IClusterDomainEvent>(_members.Apply);
        Receive<DrainGateway>(OnDrain);
        Receive<DescribeFlow>(_ => Sender.Tell(Describe(), Self));
        Receive<DrainTimedOut>(_ => OnDrainTimedOut());
    }

    /// <summary>Set by Akka: the request and drain timers.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of the gateway of <paramref name="spec"/>.</summary>
    public static Props Props(GatewaySpec spec) => Akka.Actor.Props.Create(() => new GatewayActor(spec));

    DateTimeOffset IRunHost.Now => DateTimeOffset.UtcNow;

    protected override void PreStart()
    {
        foreach (var node in _spec.Plan.Nodes)
        {
            if (node.NeedsAggregator)
            {
                _aggregators[node.Index] = Context.ActorOf(AggregatorActor.Props(node.Name), "aggregator-" + node.Index);
            }
        }

        Akka.Cluster.Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot, typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));

        // Locate every shard entity (its answer names it): the gateway watches each, to send again what a lost one was running.
        foreach (var (region, shard) in _targets.Shards())
        {
            region.Tell(new ProbeShard(shard), Self);
        }
    }

    protected override void PostStop() => Akka.Cluster.Cluster.Get(Context.System).Unsubscribe(Self);

    void IRunHost.Call(in CallKey key, ExecutorInput input)
    {
        var role = _spec.Roles[key.Node];
        if (role is not null && !_members.HasNodeFor(role))
        {
            // No member can run it: answer now rather than leave the call in a region's buffer until the timeout.
            var executor = _spec.Plan.Nodes[key.Node].Name;
            var error = new FlowError(executor, RequestRun.LostExceptionType, $"Executor '{executor}' cannot run: {NoNodeReason(key.Shard, role, _targets.LastNodeOf(key))}.", null);
            Self.Tell(new CallResult(key, input.Docs, input.Parameters ?? new JsonObject(), error), Self);
            return;
        }

        var (target, call) = (_targets.For(key), new ShardCall(key, input));
        if (_sizeGuard.RefuseCall(call, target, _spec.Plan.Nodes[key.Node].Name, out var outgoing) is { } refused)
        {
            // Answered at once, as if by the target.
            Self.Tell(refused, target);
            return;
        }

        target.Tell(outgoing, Self);
    }

    void IRunHost.Reduce(in CallKey key, DocumentArray[] parts, JsonObject parameters) =>
        _aggregators[key.Node]!.Tell(new ReduceCall(key, parts, parameters), Self);

    void IRunHost.Respond(RequestRun run, FlowResponse response)
    {
        if (_runs.TryGetValue(run.Id, out var entry))
        {
            if (entry.TimerKey is { } timer)
            {
                Timers.Cancel(timer);
            }

            entry.ReplyTo.Tell(_sizeGuard.Respond(response, entry.ReplyTo), Self);
        }
    }

    void IRunHost.OffPathFailure(string executor, FlowError error) =>
        _log.Warning("Executor {0} of Flow {1} failed outside the response path (floating or orphan): {2}", executor, _spec.Flow, error.Description);

    private void OnPost(PostRequest post)
    {
        var id = ++_nextRun;
        var run = new RequestRun(id, _spec.Plan, post.Request, this);
        if (_drainRequester is not null)
        {
            _runs[id] = new Run(run, Sender, null);
            run.Abandon(new FlowError(RequestRun.GatewayRoute, RefusedWhileStopping, $"The Flow '{_spec.Flow}' is stopping on this node: the request was not run.", null));
            _runs.Remove(id);
            return;
        }

        object? timerKey = null;
        if ((post.Request.Timeout ?? _spec.DefaultTimeout) is { } timeout && timeout != Timeout.InfiniteTimeSpan)
        {
            timerKey = id;
            Timers.StartSingleTimer(timerKey, new RunTimedOut(id, timeout), timeout);
        }

        _runs.Add(id, new Run(run, Sender, timerKey));
        run.Start();
        Forget(run);
    }

    private void OnResult(CallResult result)
    {
        if (_runs.TryGetValue(result.Key.RunId, out var entry))
        {
            entry.Request.OnResult(result);
            Forget(entry.Request);
        }
    }

    private FlowDescription Describe()
    {
        var names = new List<string>(_spec.Plan.Nodes.Length);
        foreach (var node in _spec.Plan.Nodes)
        {
            names.Add(node.Name);
        }

        return new FlowDescription(_spec.Flow, names, _spec.Signature);
    }

    private void OnLocated(ShardProbeResult located)
    {
        if (_targets.Learn(located.Executor, located.Shard, Sender))
        {
            Context.Watch(Sender);
            OnRelocated(located.Executor, located.Shard);
        }
    }

    /// <summary>
    /// A shard entity stopped (hand-off when its node leaves, or its node was lost): once the shard is located again
    /// (<see cref="StartRelocation"/>), the calls it was running are sent again to where it runs next — or, when no
    /// member with the executor's role is left, they fail at once naming the executor, the shard and the node.
    /// </summary>
    private void OnEntityStopped(Terminated terminated)
    {
        var node = terminated.ActorRef.Path.Address;
        foreach (var (index, stage, shard, region) in _targets.Forget(terminated.ActorRef))
        {
            var role = _spec.Roles[index];
            if (_members.HasNodeFor(role, excluding: terminated.AddressTerminated ? node : null))
            {
                StartRelocation(new RelocateShard(index, stage, shard, region));
                continue;
            }

            var reason = NoNodeReason(shard, role, node);
            foreach (var run in new List<Run>(_runs.Values))
            {
                run.Request.OnTargetLost(index, stage, shard, reason);
                Forget(run.Request);
            }
        }
    }

    private void ResendAll(int node, CallStage stage, int shard)
    {
        foreach (var run in new List<Run>(_runs.Values))
        {
            run.Request.Resend(node, stage, shard);
        }
    }

    private static string NoNodeReason(int shard, string? role, Address? lostNode)
    {
        var where = lostNode is null ? string.Empty : $" (its node {lostNode} is gone)";
        var nodes = role is null ? "no cluster member is up" : $"no member with role '{role}' is up";
        return $"shard {shard}{where}: {nodes} to run it";
    }

    private void OnTimedOut(RunTimedOut timedOut)
    {
        if (_runs.TryGetValue(timedOut.RunId, out var entry))
        {
            entry.Request.OnTimeout(timedOut.Timeout);
            Forget(entry.Request);
        }
    }

    private void OnDrain(DrainGateway drain)
    {
        _drainRequester = Sender;
        if (_runs.Count == 0)
        {
            FinishDrain(0);
            return;
        }

        if (drain.Timeout != Timeout.InfiniteTimeSpan)
        {
            Timers.StartSingleTimer(DrainTimedOut.Instance, DrainTimedOut.Instance, drain.Timeout);
        }
    }

    private void OnDrainTimedOut()
    {
        var cut = _runs.Count;
        foreach (var entry in _runs.Values)
        {
            entry.Request.Abandon(new FlowError(RequestRun.GatewayRoute, "FlowStoppedException", $"The Flow '{_spec.Flow}' stopped before the request finished (drain timeout).", null));
        }

        _runs.Clear();
        FinishDrain(cut);
    }

    private void FinishDrain(int cutShort)
    {
        Timers.Cancel(DrainTimedOut.Instance);
        _drainRequester?.Tell(new GatewayDrained(cutShort), Self);
    }

    private void Forget(RequestRun run)
    {
        if (run.IsFinished && _runs.Remove(run.Id) && _drainRequester is not null && _runs.Count == 0)
        {
            FinishDrain(0);
        }
    }

    private readonly record struct Run(RequestRun Request, IActorRef ReplyTo, object? TimerKey);
}
