namespace Flow.Bench.PingPong;

/// <summary>The message bounced between a client and its echo.</summary>
internal sealed class Msg
{
    public static readonly Msg Instance = new();
}
