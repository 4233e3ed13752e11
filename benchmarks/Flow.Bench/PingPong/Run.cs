namespace Flow.Bench.PingPong;

/// <summary>Starts a client.</summary>
internal sealed class Run
{
    public static readonly Run Instance = new();
}
