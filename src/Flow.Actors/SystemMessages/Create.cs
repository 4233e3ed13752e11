namespace Flow.Actors;

/// <summary>Creates the actor instance and runs <c>PreStart</c>; the first message every cell processes.</summary>
internal sealed class Create : SystemMessage
{
    public static readonly Create Instance = new();
}
