namespace Flow.Actors.Serialization;

/// <summary>The stable wire ids of the runtime's own types (never reuse or renumber one).</summary>
internal static class WireTypeIds
{
    public const int String = 1;
    public const int Int32 = 2;
    public const int Int64 = 3;
    public const int Double = 4;
    public const int Boolean = 5;
    public const int Bytes = 6;

    public const int Identify = 100;
    public const int ActorIdentity = 101;
    public const int Terminated = 102;
    public const int PoisonPill = 103;
    public const int Kill = 104;
    public const int StatusSuccess = 105;
    public const int StatusFailure = 106;
    public const int ActorSelection = 107;

    public const int Watch = 110;
    public const int Unwatch = 111;
    public const int DeathWatchNotification = 112;
    public const int Terminate = 113;

    public const int DeployRequest = 120;
}
