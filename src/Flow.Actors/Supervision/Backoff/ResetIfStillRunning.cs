namespace Flow.Actors.Supervision;

/// <summary>The reset period of child incarnation <see cref="Child"/> is over.</summary>
internal sealed record ResetIfStillRunning(IActorRef Child);
