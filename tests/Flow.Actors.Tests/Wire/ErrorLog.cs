using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Event;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// Records every <see cref="Error"/> log event of an ActorSystem as it is published (a dropped message is logged as
/// one by its sender). Not an actor: with <c>serialize-messages = on</c>, Akka's log events (which have no serializer)
/// could not be delivered to one.
/// </summary>
internal sealed class ErrorLog : MinimalActorRef
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = new();

    private ErrorLog(ActorSystem system)
    {
        var extended = (ExtendedActorSystem)system;
        Provider = extended.Provider;
        Path = new RootActorPath(Provider.DefaultAddress) / "temp" / ("error-log-" + Guid.NewGuid().ToString("N"));
    }

    /// <inheritdoc />
    public override ActorPath Path { get; }

    /// <inheritdoc />
    public override IActorRefProvider Provider { get; }

    public static ErrorLog Start(ActorSystem system)
    {
        var log = new ErrorLog(system);
        system.EventStream.Subscribe(log, typeof(Error));
        return log;
    }

    /// <summary>The errors logged since the last call.</summary>
    public string[] Drain()
    {
        var errors = new List<string>();
        while (_errors.TryDequeue(out var e))
        {
            errors.Add(e);
        }

        return [.. errors];
    }

    /// <summary>Completes with the first error logged from now on that <paramref name="match"/> accepts.</summary>
    public Task<string> NextAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((match, found));
        return found.Task;
    }

    /// <inheritdoc />
    protected override void TellInternal(object message, IActorRef sender)
    {
        if (message is Error e)
        {
            var text = Describe(e);
            _errors.Enqueue(text);
            foreach (var (match, found) in _waiters)
            {
                if (match(text))
                {
                    found.TrySetResult(text);
                }
            }
        }
    }

    private static string Describe(Error e) =>
        ($"{e.LogSource}: {e.Message}{(e.Cause is null ? string.Empty : " -- " + e.Cause.GetType().Name + ": " + e.Cause.Message + (e.Cause.InnerException is { } inner ? " -- " + inner.Message : string.Empty))}");
}
