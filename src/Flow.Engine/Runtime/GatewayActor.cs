using Flow.Actors;
using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>
/// The gateway of one running Flow: starts a <see cref="RequestRun"/> per <see cref="PostRequest"/>, routes the
/// answers of executors and aggregators to their run, applies the request timeout, and answers the poster with
/// the <see cref="FlowResponse"/>. Creates one <see cref="AggregatorActor"/> per node that reduces.
/// </summary>
internal sealed class GatewayActor : ReceiveActor
{
    private readonly FlowPlan _plan;
    private readonly TimeSpan? _defaultTimeout;
    private readonly Dictionary<long, RequestRun> _runs = [];
    private readonly LostShards _lost = new();
    private long _nextRun;

    public GatewayActor(FlowPlan plan, TimeSpan? defaultTimeout)
    {
        _plan = plan;
        _defaultTimeout = defaultTimeout;
        Receive<PostRequest>(OnPost);
        Receive<CallResult>(OnResult);
        Receive<RunTimedOut>(OnTimedOut);
        Receive<Terminated>(OnShardTerminated);
    }

    protected override void PreStart()
    {
        foreach (var node in _plan.Nodes)
        {
            if (node.NeedsAggregator)
            {
                var name = node.Name;
                node.Aggregator = Context.ActorOf(Props.Create(() => new AggregatorActor(name)), "aggregator-" + name);
            }

            // Shards on other nodes: their loss (node down, failure detector) must fail the requests that need them.
            WatchIfRemote(node.UsesBefore);
            WatchIfRemote(node.UsesAfter);
            foreach (var shard in node.Shards)
            {
                WatchIfRemote(shard);
            }
        }
    }

    private void OnPost(PostRequest post)
    {
        var id = ++_nextRun;
        var run = new RequestRun(id, _plan, post.Request, Self, Sender, Log, _lost);
        _runs.Add(id, run);
        if ((post.Request.Timeout ?? _defaultTimeout) is { } timeout && timeout != Timeout.InfiniteTimeSpan)
        {
            run.Timer = Context.System.Scheduler.ScheduleTellOnce(timeout, Self, new RunTimedOut(id, timeout), Self);
        }

        run.Start();
        Forget(run);
    }

    private void OnResult(CallResult result)
    {
        if (_runs.TryGetValue(result.Key.RunId, out var run))
        {
            run.OnResult(result);
            Forget(run);
        }
    }

    private void OnTimedOut(RunTimedOut timedOut)
    {
        if (_runs.TryGetValue(timedOut.RunId, out var run))
        {
            run.OnTimeout(timedOut.Timeout);
            Forget(run);
        }
    }

    private void WatchIfRemote(IActorRef? shard)
    {
        if (shard is not null && !shard.Path.Address.Equals(Context.System.Address))
        {
            Context.Watch(shard);
        }
    }

    private void OnShardTerminated(Terminated terminated)
    {
        var address = terminated.ActorRef.Path.Address.ToString();
        var reason = terminated.AddressTerminated
            ? "its node " + address + " is unreachable (lost by the failure detector)"
            : "its shard entity on " + address + " stopped";
        _lost.Add(terminated.ActorRef, reason);
        RuntimeLog.RemoteShardLost(Log, terminated.ActorRef.Path.ToString(), reason);
        var runs = new List<RequestRun>(_runs.Values);
        foreach (var run in runs)
        {
            run.OnShardLost(terminated.ActorRef, reason);
            Forget(run);
        }
    }

    private void Forget(RequestRun run)
    {
        if (run.IsFinished)
        {
            _runs.Remove(run.Id);
        }
    }
}
