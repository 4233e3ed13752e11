using Flow.Actors.Supervision;

namespace Flow.Actors;

/// <summary>The root, <c>/user</c> and <c>/system</c> guardians: they only supervise their children.</summary>
internal sealed class GuardianActor(SupervisorStrategy strategy) : ActorBase
{
    protected internal override bool Receive(object message) => false;

    protected override SupervisorStrategy SupervisorStrategy() => strategy;

    // A guardian never stops its children on restart: a failure below it must not wipe the tree.
    protected override void PreRestart(Exception reason, object? message)
    {
    }
}
