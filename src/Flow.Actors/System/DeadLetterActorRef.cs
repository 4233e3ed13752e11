using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>
/// Where undeliverable messages go: each is counted and published as <see cref="DeadLetter"/>. An
/// <see cref="Identify"/> is answered with an empty identity, and an <c>Ask</c> whose message lands here fails
/// at once with <see cref="ActorTerminatedException"/>.
/// </summary>
internal sealed class DeadLetterActorRef(ActorSystem system, ActorPath path) : ActorRefBase
{
    private long _count;

    public override ActorPath Path { get; } = path;

    public override IInternalActorRef Parent => system.RootGuardian;

    public long Count => Interlocked.Read(ref _count);

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is DeadLetter d)
        {
            Deliver(d.Message, d.Sender, d.Recipient);
        }
        else
        {
            Deliver(message, sender, this);
        }
    }

    /// <summary>Dead letters never lived: a watch of them is answered with their death at once (as Akka does).</summary>
    public override void SendSystemMessage(SystemMessage message)
    {
        if (message is Watch watch)
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: false, addressTerminated: false));
        }
    }

    /// <summary>Records an undeliverable message. Any thread.</summary>
    public void Deliver(object message, IActorRef? sender, IActorRef recipient, string? reason = null)
    {
        var n = Interlocked.Increment(ref _count);
        if (message is Identify identify)
        {
            sender?.Tell(new ActorIdentity(identify.MessageId, null), this);
        }

        if (sender is PromiseActorRef promise)
        {
            promise.Fail(new ActorTerminatedException($"Ask of {recipient.Path} failed: the actor is terminated ({message.GetType().Name} went to dead letters{(reason is null ? string.Empty : ": " + reason)})."));
        }

        if (n <= system.Settings.LogDeadLetters)
        {
            system.Log.DeadLetter(
                message.GetType().Name, sender?.Path.ToString() ?? "NoSender", recipient.Path, reason is null ? string.Empty : $" ({reason})", n,
                n == system.Settings.LogDeadLetters ? "; further dead letters are not logged" : string.Empty);
        }

        system.EventStream.Publish(new DeadLetter(message, sender, recipient));
    }
}
