using System.Text.Json.Nodes;
using Flow.Actors;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Engine.Runtime;

/// <summary>
/// One replica of one shard: holds one <see cref="ExecutorInstance"/> and runs one request at a time (an async
/// handler holds the mailbox until it completes). Constructs its executor in <c>PreStart</c> (again after a
/// restart) and reports to its shard; a handler throwing <see cref="ExecutorCrashException"/> fails the actor,
/// so that the shard's supervisor restarts it and the shard retries the work elsewhere.
/// </summary>
internal sealed class ReplicaActor : ReceiveActor
{
    private readonly int _replica;
    private readonly ExecutorFactory _factory;
    private ExecutorInstance? _instance;
    private ReplicaWork? _current;

    public ReplicaActor(int replica, ExecutorFactory factory)
    {
        _replica = replica;
        _factory = factory;
        ReceiveAsync<ReplicaWork>(RunAsync);
        Receive<ReplicaPing>(p => Sender.Tell(new ReplicaPong(_replica), Self));
        ReceiveAsync<CloseReplica>(CloseAsync);
    }

    protected override void PreStart()
    {
        try
        {
            _instance = _factory(_replica);
        }
        catch (Exception e)
        {
            Context.Parent.Tell(new ReplicaStartFailed(_replica, e), Self);
            Context.Stop(Self);
            return;
        }

        Context.Parent.Tell(new ReplicaStarted(_replica), Self);
    }

    protected override void PreRestart(Exception reason, object? message)
    {
        // The runtime does not keep the failed message of an async handler: this actor tracks its work itself.
        if ((_current ?? message as ReplicaWork) is { } work)
        {
            Context.Parent.Tell(new ReplicaCrashed(_replica, work, reason), Self);
        }

        base.PreRestart(reason, message);
    }

    protected override void PostStop()
    {
        // Close is idempotent (Executor.DisposeAsync runs CloseAsync once); a graceful shutdown closed it already.
        if (_instance is { } instance)
        {
            _instance = null;
            _ = instance.DisposeAsync().AsTask();
        }
    }

    private Task RunAsync(ReplicaWork work)
    {
        if (_instance is not { } instance)
        {
            var closed = new FlowError(work.Call.Input.Endpoint, nameof(ObjectDisposedException), "The executor is closed: the Flow is shutting down.", null);
            Context.Parent.Tell(new ReplicaDone(_replica, work, new CallResult(work.Call.Key, work.Call.Input.Docs, work.Call.Input.Parameters ?? new JsonObject(), closed)), Self);
            return Task.CompletedTask;
        }

        _current = work;
        var pending = instance.InvokeAsync(work.Call.Input);
        if (pending.IsCompletedSuccessfully)
        {
            Complete(instance, work, pending.Result);
            return Task.CompletedTask;
        }

        return AwaitAsync(instance, work, pending);
    }

    private async Task AwaitAsync(ExecutorInstance instance, ReplicaWork work, ValueTask<ExecutorOutput> pending)
    {
        var output = await pending;
        Complete(instance, work, output);
    }

    private void Complete(ExecutorInstance instance, ReplicaWork work, ExecutorOutput output)
    {
        if (ExecutorCrashException.IsCrash(output.Error))
        {
            throw new ExecutorCrashException(output.Error!.Message);
        }

        _current = null;
        var input = work.Call.Input;
        var parameters = input.Parameters ?? new JsonObject();
        if (output.Result is { } result)
        {
            // The input parameters are shared with other branches: copy on write.
            parameters = (JsonObject)parameters.DeepClone();
            ParameterScope.AddResult(parameters, instance.Runtime.RuntimeName, result);
        }

        var reply = new CallResult(work.Call.Key, output.Docs, parameters, output.Error);
        Context.Parent.Tell(new ReplicaDone(_replica, work, reply), Self);
    }

    private async Task CloseAsync(CloseReplica close)
    {
        var sender = Sender;
        Exception? error = null;
        if (_instance is { } instance)
        {
            _instance = null;
            try
            {
                await instance.DisposeAsync();
            }
            catch (Exception e)
            {
                error = e;
            }
        }

        sender.Tell(new ReplicaClosed(_replica, error), Self);
    }
}
