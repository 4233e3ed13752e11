using Akka.Actor;
using Akka.Actor.Setup;
using Flow.Actors.Cluster;
using Flow.Actors.Configuration;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Bench.Cluster;

/// <summary>
/// The cluster nodes of the cross-node and recovery benchmarks: Flow's reference settings (its frame limit, split-brain
/// resolver, sharding and failure-detector settings, as a production node runs them), only the address, the seeds and
/// the roles set here. The benchmark process founds the cluster (127.0.0.2); the other nodes are child processes.
/// </summary>
internal static class BenchCluster
{
    /// <summary>The ActorSystem name every node of the benchmark cluster shares.</summary>
    public const string SystemName = "flow-bench";

    /// <summary>The Flow's name on every node.</summary>
    public const string FlowName = "bench";

    private static readonly TimeSpan UpTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The environment variable whose HOCON is layered over every node's settings, to try a change (e.g. <c>akka.cluster.split-brain-resolver.stable-after = 3s</c>).</summary>
    public const string HoconVariable = "FLOW_BENCH_HOCON";

    /// <summary>Creates a node on <paramref name="host"/> (port 0) with cluster roles <paramref name="roles"/>, over Flow's reference settings (and <see cref="HoconVariable"/>'s).</summary>
    public static ActorSystem Create(string host, IReadOnlyList<string> roles)
    {
        var roleList = string.Join(", ", roles.Select(r => $"\"{r}\""));
        var hocon = $$"""
            akka.remote.dot-netty.tcp { hostname = "{{host}}", port = 0 }
            akka.cluster.roles = [{{roleList}}]
            akka.cluster.seed-nodes = []
            """;
        var config = HoconConfig.ParseString(Environment.GetEnvironmentVariable(HoconVariable) ?? string.Empty, HoconVariable)
            .WithFallback(HoconConfig.ParseString(hocon, "bench node"))
            .WithFallback(FlowConfig.Reference);
        var setup = ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(FlowConfig.ToAkka(config)), EmbeddedCluster.QuietStartFilter);
        return ActorSystem.Create(SystemName, setup);
    }

    /// <summary>Joins <paramref name="system"/> through <paramref name="seed"/> (itself when null) and waits until it is Up.</summary>
    /// <exception cref="TimeoutException">Not Up within 60 s.</exception>
    public static async Task JoinAsync(ActorSystem system, Address? seed)
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        cluster.JoinSeedNodes([seed ?? cluster.SelfAddress]);
        try
        {
            await up.Task.WaitAsync(UpTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{cluster.SelfAddress} did not become an Up member through {seed ?? cluster.SelfAddress} within {UpTimeout.TotalSeconds:0} s.");
        }
    }
}
