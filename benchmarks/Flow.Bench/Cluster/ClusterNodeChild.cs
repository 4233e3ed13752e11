using Akka.Actor;
using Flow.Actors.Hosting;
using Flow.Bench.Common;

namespace Flow.Bench.Cluster;

/// <summary>
/// A cluster node of the cluster benchmarks, in a process of its own (this binary, hidden argument
/// <see cref="Argument"/>): <c>--host</c> its loopback address, <c>--seed</c> the address to join, <c>--roles</c> its
/// cluster roles (comma-separated), <c>--flow</c> the benchmark Flow it runs its part of. Prints
/// <c>READY &lt;address&gt;</c> once it is Up and its part of the Flow has started; leaves the cluster in order and
/// exits 0 when its standard input closes.
/// </summary>
internal static class ClusterNodeChild
{
    public const string Argument = "cluster-node";

    public static async Task<int> RunAsync(string[] args)
    {
        var host = BenchOptions.String(args, "--host") ?? throw new ArgumentException("--host is required");
        var seed = Address.Parse(BenchOptions.String(args, "--seed") ?? throw new ArgumentException("--seed is required"));
        var roles = (BenchOptions.String(args, "--roles") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var flow = BenchOptions.String(args, "--flow") ?? throw new ArgumentException("--flow is required");

        var system = BenchCluster.Create(host, roles);
        await BenchCluster.JoinAsync(system, seed);
        system.ActorOf(Props.Create(() => new EchoActor()), EchoActor.Name);
        var flowHost = await FlowHost.StartAsync(BenchFlows.Build(flow), Options(system));
        Console.WriteLine($"READY {Akka.Cluster.Cluster.Get(system).SelfAddress}");

        // Runs until the benchmark closes this process's standard input (or kills it).
        await Console.In.ReadToEndAsync();
        await flowHost.DisposeAsync();
        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClrExitReason.Instance);
        return 0;
    }

    /// <summary>The options every node of the benchmark cluster starts its part of the Flow with.</summary>
    public static FlowHostOptions Options(ActorSystem system) => new()
    {
        System = system,
        Name = BenchCluster.FlowName,
        ReadinessTimeout = TimeSpan.FromSeconds(60),
    };
}
