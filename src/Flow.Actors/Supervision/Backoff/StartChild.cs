namespace Flow.Actors.Supervision;

/// <summary>The back-off delay is over: start the child again.</summary>
internal sealed class StartChild
{
    public static readonly StartChild Instance = new();
}
