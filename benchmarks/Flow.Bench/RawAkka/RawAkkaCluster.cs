using Akka.Actor;
using Akka.Configuration;

namespace Flow.Bench.RawAkka;

/// <summary>A one-node cluster with nothing of Flow's: create the system, join itself, wait until it is Up.</summary>
internal static class RawAkkaCluster
{
    public static ActorSystem Create(Config config, string name = "raw") => ActorSystem.Create(name, config);

    public static async Task JoinSelfAsync(ActorSystem system)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        cluster.Join(cluster.SelfAddress);
        await up.Task.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    public static async Task<ActorSystem> StartAsync(Config config, string name = "raw")
    {
        var system = Create(config, name);
        await JoinSelfAsync(system).ConfigureAwait(false);
        return system;
    }
}
