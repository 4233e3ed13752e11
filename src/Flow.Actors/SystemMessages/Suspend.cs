namespace Flow.Actors;

/// <summary>Stops the processing of user messages until a matching <see cref="Resume"/> (or a restart).</summary>
internal sealed class Suspend : SystemMessage
{
    public static readonly Suspend Instance = new();
}
