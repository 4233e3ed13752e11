namespace Flow.Actors;

/// <summary>A message on its way down a selection path, continued by the actor that receives it.</summary>
internal sealed class ActorSelectionMessage(object message, string[] elements) : AutoReceivedMessage
{
    public object Message { get; } = message;

    public string[] Elements { get; } = elements;
}
