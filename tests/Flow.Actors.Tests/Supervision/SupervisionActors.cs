using Flow.Actors.Supervision;

namespace Flow.Actors.Tests.Supervision;

/// <summary>A supervisor whose strategy is given by the test; it creates children on request and reports every decision.</summary>
internal sealed class Supervisor : ReceiveActor
{
    private readonly SupervisorStrategy _strategy;

    public Supervisor(SupervisorStrategy strategy)
    {
        _strategy = strategy;
        Receive<Spawn>(s => Sender.Tell(Context.ActorOf(s.Props, s.Name), Self));
    }

    protected override SupervisorStrategy SupervisorStrategy() => _strategy;
}

internal sealed record Spawn(Props Props, string? Name = null);

/// <summary>Counts messages (state that a restart resets); throws on request; reports hooks with its instance number.</summary>
internal sealed class Worker : ReceiveActor
{
    private static int s_instances;
    private readonly IActorRef _probe;
    private readonly string _name;
    private readonly int _instance;
    private int _count;

    public Worker(IActorRef probe, string name)
    {
        _probe = probe;
        _name = name;
        _instance = Interlocked.Increment(ref s_instances);
        Receive<Fail>(f => throw f.Cause);
        Receive<string>(s => s == "count?", _ => Sender.Tell($"{_name}:{++_count}", Self));
        ReceiveAny(m =>
        {
            _count++;
            Sender.Tell(m, Self);
        });
    }

    public int Instance => _instance;

    protected override void PreStart() => _probe.Tell($"{_name}:preStart", Self);

    protected override void PostStop() => _probe.Tell($"{_name}:postStop", Self);

    protected override void PreRestart(Exception reason, object? message)
    {
        _probe.Tell($"{_name}:preRestart:{reason.Message}:{(message as Fail)?.Cause.Message ?? message?.ToString() ?? "none"}", Self);
        base.PreRestart(reason, message);
    }

    protected override void PostRestart(Exception reason)
    {
        _probe.Tell($"{_name}:postRestart:{reason.Message}", Self);
        base.PostRestart(reason);
    }
}

internal sealed record Fail(Exception Cause)
{
    public Fail(string message)
        : this(new InvalidOperationException(message))
    {
    }
}
