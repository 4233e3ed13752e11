namespace Flow.Actors;

/// <summary>One entry of a <see cref="ReceiveActor"/>'s behaviour: a type test, a predicate and an action.</summary>
internal abstract class ReceiveHandler
{
    public abstract bool TryHandle(ActorCell cell, object message);
}
