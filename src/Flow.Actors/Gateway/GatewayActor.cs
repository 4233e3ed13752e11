using System.Text.Json.Nodes;
using Akka.Actor;
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
internal sealed class GatewayActor : ReceiveActor, IWithTimers, IRunHost
{
    private readonly GatewaySpec _spec;
    private readonly ExecutorTargets _targets;
    private readonly IActorRef?[] _aggregators;
    private readonly Dictionary<long, Run> _runs = [];
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly MessageSizeGuard _sizeGuard = MessageSizeGuard.For(Context.System);
    private long _nextRun;
    private IActorRef? _drainRequester;

    public GatewayActor(GatewaySpec spec)
    {
        _spec = spec;
        var nodes = spec.Plan.Nodes;
        var shardCounts = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            shardCounts[i] = nodes[i].ShardCount;
        }

        _targets = new ExecutorTargets(spec.Regions, shardCounts, spec.CacheEntityRefs);
        _aggregators = new IActorRef?[nodes.Length];
        Receive<PostRequest>(OnPost);
        Receive<CallResult>(OnResult);
        Receive<RunTimedOut>(OnTimedOut);
        Receive<Terminated>(t => _targets.Forget(t.ActorRef));
        Receive<DrainGateway>(OnDrain);
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
    }

    void IRunHost.Call(in CallKey key, ExecutorInput input)
    {
        var (target, call) = (_targets.For(key), new ShardCall(key, input));
        if (_sizeGuard.RefuseCall(call, target, _spec.Plan.Nodes[key.Node].Name) is { } refused)
        {
            // Answered at once, as if by the target (the region, or the entity already known: nothing new is learnt).
            Self.Tell(refused, target);
            return;
        }

        target.Tell(call, Self);
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
            run.Abandon(new FlowError(RequestRun.GatewayRoute, "FlowStoppingException", $"The Flow '{_spec.Flow}' is stopping: the request was not run.", null));
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
        if (!Sender.Equals(_aggregators[result.Key.Node]) && _targets.Learn(result.Key, Sender))
        {
            Context.Watch(Sender);
        }

        if (_runs.TryGetValue(result.Key.RunId, out var entry))
        {
            entry.Request.OnResult(result);
            Forget(entry.Request);
        }
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
            entry.Request.Abandon(new FlowError(RequestRun.GatewayRoute, "FlowStoppingException", $"The Flow '{_spec.Flow}' stopped before the request finished (drain timeout).", null));
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
