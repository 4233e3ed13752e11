namespace Flow.Actors;

/// <summary>Handles messages of type <typeparamref name="T"/> with a function that says whether it handled them.</summary>
internal sealed class FuncReceiveHandler<T>(Func<T, bool> handler) : ReceiveHandler
{
    public override bool TryHandle(ActorCell cell, object message) => message is T typed && handler(typed);
}
