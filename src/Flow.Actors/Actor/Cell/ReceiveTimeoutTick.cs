namespace Flow.Actors;

/// <summary>The receive-timeout timer fired for the timeout set in generation <see cref="Generation"/>.</summary>
internal sealed class ReceiveTimeoutTick(int generation) : AutoReceivedMessage, INotInfluenceReceiveTimeout
{
    public int Generation { get; } = generation;
}
