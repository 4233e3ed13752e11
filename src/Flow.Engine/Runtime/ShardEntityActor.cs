using System.Text.Json.Nodes;
using Flow.Actors;
using Flow.Actors.Supervision;
using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>
/// The entity for one shard of an executor (entity id = shard index): owns the shard's replica actors,
/// sends each <see cref="ShardCall"/> to one replica (<see cref="ReplicaSelector"/>), tracks what each replica
/// is running, and when a replica crashes (restarted by this actor's supervisor) or stops, retries its work on
/// another replica (<see cref="RetryPolicy"/>). Results go back through this actor to the caller.
/// </summary>
internal sealed partial class ShardEntityActor : ReceiveActor
{
    private readonly ShardSpec _spec;
    private readonly IActorRef[] _replicas;
    private readonly List<ReplicaWork>[] _inFlight;
    private readonly ReplicaSelector _selector;
    private readonly RetryPolicy _retry;
    private readonly bool[] _stopped;
    private readonly Queue<(ReplicaWork Work, int Avoid)> _parked = new();
    private int _reported;
    private Exception? _startFailure;
    private bool _startAnswered;
    private long _nextWork;
    private ProbeState? _probe;
    private CloseState? _close;

    public ShardEntityActor(ShardSpec spec)
    {
        _spec = spec;
        _replicas = new IActorRef[spec.Replicas];
        _inFlight = new List<ReplicaWork>[spec.Replicas];
        _selector = new ReplicaSelector(spec.Replicas);
        _retry = RetryPolicy.For(spec.Replicas, spec.Retries);
        _stopped = new bool[spec.Replicas];
        Receive<ShardCall>(call => Dispatch(new ReplicaWork(call, ++_nextWork), -1));
        Receive<ReplicaDone>(OnDone);
        Receive<ReplicaCrashed>(OnCrashed);
        Receive<ReplicaStarted>(OnStarted);
        Receive<ReplicaStartFailed>(OnStartFailed);
        Receive<Terminated>(OnTerminated);
        Receive<ProbeShard>(_ => StartProbe());
        Receive<ReplicaPong>(OnPong);
        Receive<CloseShard>(_ => StartClose());
        Receive<ReplicaClosed>(OnClosed);
    }

    protected override SupervisorStrategy SupervisorStrategy() => _spec.Supervisor;

    protected override void PreStart()
    {
        for (var r = 0; r < _replicas.Length; r++)
        {
            _inFlight[r] = new List<ReplicaWork>(4);
            var replica = r;
            _replicas[r] = Context.ActorOf(Props.Create(() => new ReplicaActor(replica, _spec.Factory)), "rep-" + r);
            Context.Watch(_replicas[r]);
        }
    }

    private void Dispatch(ReplicaWork work, int avoid)
    {
        var replica = _selector.Next(avoid);
        if (replica < 0)
        {
            if (Array.IndexOf(_stopped, false) >= 0)
            {
                // A replica is restarting: the work waits for it.
                _parked.Enqueue((work, avoid));
                return;
            }

            Fail(work, nameof(InvalidOperationException), $"No replica of shard {_spec.ShardId} is running: every replica stopped.");
            return;
        }

        work.Attempts++;
        work.LastReplica = replica;
        _inFlight[replica].Add(work);
        _replicas[replica].Tell(work, Self);
    }

    private void OnDone(ReplicaDone done)
    {
        if (Remove(done.Replica, done.Work))
        {
            done.Work.Call.ReplyTo.Tell(done.Result, Self);
        }
    }

    private void OnCrashed(ReplicaCrashed crashed)
    {
        // The replica is restarting; it is up again when it reports ReplicaStarted.
        _selector.MarkDown(crashed.Replica);
        RuntimeLog.ReplicaCrashed(Log, _spec.ExecutorName, _spec.ShardId, crashed.Replica, crashed.Cause);
        if (Remove(crashed.Replica, crashed.Work))
        {
            Retry(crashed.Work, crashed.Replica, crashed.Cause);
        }
    }

    private void Retry(ReplicaWork work, int from, Exception cause)
    {
        if (_retry.MayRetry(work.Attempts))
        {
            Dispatch(work, from);
            return;
        }

        Fail(work, cause.GetType().Name, $"The replica crashed ({cause.Message}); gave up after {work.Attempts} attempts.");
    }

    private void OnStarted(ReplicaStarted started)
    {
        _selector.MarkUp(started.Replica);
        ReportStart();
        var parked = _parked.Count;
        for (var i = 0; i < parked; i++)
        {
            var (work, avoid) = _parked.Dequeue();
            Dispatch(work, avoid);
        }
    }

    private void OnStartFailed(ReplicaStartFailed failed)
    {
        _selector.MarkDown(failed.Replica);
        _startFailure ??= failed.Cause;
        ReportStart();
        FailParkedIfNoneLeft();
    }

    private void ReportStart()
    {
        if (_startAnswered || ++_reported < _replicas.Length)
        {
            return;
        }

        _startAnswered = true;
        Context.Parent.Tell(new ShardStarted(_spec.ShardId, _startFailure), Self);
    }

    private void OnTerminated(Terminated terminated)
    {
        for (var r = 0; r < _replicas.Length; r++)
        {
            if (!terminated.ActorRef.Equals(_replicas[r]))
            {
                continue;
            }

            _selector.MarkDown(r);
            _stopped[r] = true;
            var orphaned = _inFlight[r].ToArray();
            _inFlight[r].Clear();
            foreach (var work in orphaned)
            {
                Retry(work, r, new ExecutorCrashException($"Replica {r} of shard {_spec.ShardId} stopped."));
            }

            _probe?.Forget(this, r);
            _close?.Forget(this, r);
        }

        FailParkedIfNoneLeft();
    }

    private void FailParkedIfNoneLeft()
    {
        if (Array.IndexOf(_stopped, false) >= 0 || _selector.UpCount > 0)
        {
            return;
        }

        while (_parked.Count > 0)
        {
            Fail(_parked.Dequeue().Work, nameof(InvalidOperationException), $"No replica of shard {_spec.ShardId} is running: every replica stopped.");
        }
    }

    private bool Remove(int replica, ReplicaWork work)
    {
        var list = _inFlight[replica];
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], work))
            {
                list.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    private void Fail(ReplicaWork work, string type, string message)
    {
        var call = work.Call;
        var error = new FlowError(_spec.ExecutorName, type, message, null);
        call.ReplyTo.Tell(new CallResult(call.Key, call.Input.Docs, call.Input.Parameters ?? new JsonObject(), error), Self);
    }

    private void StartProbe()
    {
        if (_probe is not null)
        {
            _probe.Requesters.Add(Sender);
            return;
        }

        _probe = new ProbeState(Sender);
        for (var r = 0; r < _replicas.Length; r++)
        {
            if (_selector.IsUp(r))
            {
                _probe.Waiting.Add(r);
                _replicas[r].Tell(new ReplicaPing(r), Self);
            }
        }

        _probe.TryFinish(this);
    }

    private void OnPong(ReplicaPong pong)
    {
        if (_probe is { } probe && probe.Waiting.Remove(pong.Replica))
        {
            probe.Answered++;
            probe.TryFinish(this);
        }
    }

    private void StartClose()
    {
        _close = new CloseState(Sender);
        for (var r = 0; r < _replicas.Length; r++)
        {
            if (!_stopped[r])
            {
                _close.Waiting.Add(r);
                _replicas[r].Tell(CloseReplica.Instance, Self);
            }
        }

        _close.TryFinish(this);
    }

    private void OnClosed(ReplicaClosed closed)
    {
        if (_close is { } close && close.Waiting.Remove(closed.Replica))
        {
            close.Error ??= closed.Error;
            close.TryFinish(this);
        }
    }
}
