namespace Flow.Actors;

/// <summary>Handles messages of type <typeparamref name="T"/> (that pass the predicate) synchronously.</summary>
internal sealed class SyncReceiveHandler<T>(Action<T> action, Predicate<T>? predicate) : ReceiveHandler
{
    public override bool TryHandle(ActorCell cell, object message)
    {
        if (message is T typed && (predicate is null || predicate(typed)))
        {
            action(typed);
            return true;
        }

        return false;
    }
}
