namespace Flow.Bench.Remote;

/// <summary>Starts a client.</summary>
internal sealed class StartRun
{
    public static readonly StartRun Instance = new();
}
