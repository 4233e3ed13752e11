using System.Text.Json.Nodes;
using Akka.Actor;
using Flow.Actors.Serialization;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Actors.Executors;

/// <summary>
/// One replica of one shard, a routee of the shard's <see cref="ReplicaPool"/>: holds one executor instance and runs
/// one request at a time (an async handler keeps the mailbox suspended until it completes).
/// </summary>
/// <remarks>
/// Protocol with its shard entity (not its parent, which is the pool's router): on every (re)start it joins
/// (<see cref="ReplicaJoin"/>) and, once given its index, constructs its executor and reports
/// <see cref="ReplicaUp"/> — or <see cref="ReplicaBroken"/>, after which it bounces work instead of running it.
/// Work is answered with <see cref="ReplicaDone"/>. A handler that throws <see cref="ExecutorCrashException"/>
/// fails the actor: supervision restarts it with a new executor instance (the old one is closed) and
/// <see cref="ReplicaCrashed"/> tells the entity which work to retry elsewhere.
/// </remarks>
internal sealed class ReplicaActor : ReceiveActor, IWithUnboundedStash
{
    private readonly ReplicaSpec _spec;
    private readonly IActorRef _entity;
    private readonly MessageSizeGuard _sizeGuard = MessageSizeGuard.For(Context.System);
    private int _index = -1;
    private ExecutorInstance? _instance;
    private ReplicaWork? _current;
    private FlowError? _broken;

    public ReplicaActor(ReplicaSpec spec, IActorRef entity)
    {
        _spec = spec;
        _entity = entity;
        Joining();
    }

    /// <summary>Set by Akka: the messages that arrive before the replica knows its index.</summary>
    public IStash Stash { get; set; } = null!;

    /// <summary>The props of a replica of <paramref name="spec"/> reporting to <paramref name="entity"/>.</summary>
    public static Props Props(ReplicaSpec spec, IActorRef entity) => Akka.Actor.Props.Create(() => new ReplicaActor(spec, entity));

    protected override void PreStart() => _entity.Tell(ReplicaJoin.Instance, Self);

    protected override void PreRestart(Exception reason, object message)
    {
        if ((_current ?? message as ReplicaWork) is { } work)
        {
            _entity.Tell(new ReplicaCrashed(_index, work.WorkId, FlowError.FromException(_spec.Executor, reason)), Self);
        }

        base.PreRestart(reason, message);
    }

    protected override void PostStop()
    {
        // Closing is idempotent (Executor.DisposeAsync runs CloseAsync once); an orderly stop closed it already.
        if (_instance is { } instance)
        {
            _instance = null;
            _ = instance.DisposeAsync().AsTask();
        }
    }

    private void Joining()
    {
        Receive<ReplicaAssigned>(OnAssigned);
        ReceiveAny(_ => Stash.Stash());
    }

    private void OnAssigned(ReplicaAssigned assigned)
    {
        _index = assigned.Replica;
        try
        {
            var registry = FlowExtension.Get(Context.System).RegistryFor(_spec.Flow);
            _instance = ExecutorInstance.Create(_spec.Uses, registry, _spec.RuntimeFor(_index), (JsonObject?)_spec.UsesWith?.DeepClone(), _spec.UsesRequests);
            _entity.Tell(new ReplicaUp(_index), Self);
            Become(Ready);
        }
        catch (Exception e)
        {
            _broken = FlowError.FromException(_spec.Executor, e);
            _entity.Tell(new ReplicaBroken(_index, _broken), Self);
            Become(Broken);
        }

        Stash.UnstashAll();
    }

    private void Ready()
    {
        Receive<ReplicaWork>(Run);
        Receive<ReplicaPing>(_ => Sender.Tell(new ReplicaPong(_index), Self));
        Receive<CloseReplica>(_ => Close());
    }

    private void Broken()
    {
        Receive<ReplicaWork>(work => _entity.Tell(new ReplicaBounced(_index, work.WorkId, _broken!), Self));
        Receive<ReplicaPing>(_ => Sender.Tell(new ReplicaPong(_index), Self));
        Receive<CloseReplica>(_ => Sender.Tell(new ReplicaClosed(_index, null), Self));
    }

    private void Closed()
    {
        Receive<ReplicaWork>(work =>
        {
            var closed = new FlowError(_spec.Executor, nameof(ObjectDisposedException), "The executor is closed: the Flow is shutting down.", null);
            _entity.Tell(new ReplicaDone(_index, work.WorkId, work.Input.Docs, work.Input.Parameters ?? new JsonObject(), closed), Self);
        });
        Receive<ReplicaPing>(_ => Sender.Tell(new ReplicaPong(_index), Self));
        Receive<CloseReplica>(_ => Sender.Tell(new ReplicaClosed(_index, null), Self));
    }

    private void Run(ReplicaWork work)
    {
        var instance = _instance!;
        _current = work;
        var pending = instance.InvokeAsync(work.Input);
        if (pending.IsCompletedSuccessfully)
        {
            Complete(instance, work, pending.Result);
            return;
        }

        RunAsync(instance, work, pending);
    }

    /// <summary>
    /// A handler that did not complete at once: the mailbox stays suspended until it does (one request at a time per
    /// replica), and the continuation runs in the actor context (no ConfigureAwait(false)): a crash there fails this
    /// actor. Kept apart from <see cref="Run"/> so that a handler completing at once allocates no closure.
    /// </summary>
    private void RunAsync(ExecutorInstance instance, ReplicaWork work, ValueTask<ExecutorOutput> pending) =>
        RunTask(async () => Complete(instance, work, await pending));

    private void Complete(ExecutorInstance instance, ReplicaWork work, ExecutorOutput output)
    {
        if (ExecutorCrashException.IsCrash(output.Error))
        {
            throw new ExecutorCrashException(output.Error!.Message);
        }

        _current = null;
        var parameters = work.Input.Parameters ?? new JsonObject();
        if (output.Result is { } result)
        {
            // The input parameters are shared with other branches: copy on write.
            parameters = (JsonObject)parameters.DeepClone();
            ParameterScope.AddResult(parameters, instance.Runtime.RuntimeName, result);
        }

        _entity.Tell(_sizeGuard.Reply(new ReplicaDone(_index, work.WorkId, output.Docs, parameters, output.Error), _entity, work, _spec.Executor), Self);
    }

    private void Close()
    {
        var sender = Sender;
        var instance = _instance;
        _instance = null;
        Become(Closed);
        if (instance is null)
        {
            sender.Tell(new ReplicaClosed(_index, null), Self);
            return;
        }

        var index = _index;
        var self = Self;
        RunTask(async () =>
        {
            FlowError? error = null;
            try
            {
                await instance.DisposeAsync();
            }
            catch (Exception e)
            {
                error = FlowError.FromException(_spec.Executor, e);
            }

            sender.Tell(new ReplicaClosed(index, error), self);
        });
    }
}
