namespace Flow.Actors;

/// <summary>Stops the actor: its children first, then <c>PostStop</c>, then its watchers are told.</summary>
internal sealed class Terminate : SystemMessage
{
    public static readonly Terminate Instance = new();
}
