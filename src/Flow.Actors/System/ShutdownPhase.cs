namespace Flow.Actors;

/// <summary>One phase of coordinated shutdown: it runs after the phases it depends on, its tasks in parallel.</summary>
/// <param name="Name">The phase's name, e.g. <c>service-unbind</c>.</param>
/// <param name="DependsOn">The phases that must finish first.</param>
/// <param name="Timeout">How long the phase's tasks may take together.</param>
/// <param name="Recover">When true a failed or late task is logged and shutdown goes on; when false the remaining phases are skipped.</param>
public sealed record ShutdownPhase(string Name, IReadOnlyList<string> DependsOn, TimeSpan Timeout, bool Recover = true)
{
    /// <summary>The last phase: the actor system stops its actors.</summary>
    public const string ActorSystemTerminate = "actor-system-terminate";

    /// <summary>Akka's phases, each depending on the one before.</summary>
    public static IReadOnlyList<ShutdownPhase> Defaults { get; } = Chain(TimeSpan.FromSeconds(5),
        "before-service-unbind", "service-unbind", "service-requests-done", "service-stop", "before-cluster-shutdown",
        "cluster-sharding-shutdown-region", "cluster-leave", "cluster-exiting", "cluster-exiting-done", "cluster-shutdown",
        "before-actor-system-terminate", ActorSystemTerminate);

    private static ShutdownPhase[] Chain(TimeSpan timeout, params string[] names)
    {
        var phases = new ShutdownPhase[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            phases[i] = new ShutdownPhase(names[i], i == 0 ? [] : [names[i - 1]], names[i] == ActorSystemTerminate ? TimeSpan.FromSeconds(10) : timeout);
        }

        return phases;
    }
}
