using Flow.Bench.Overhead;
using Flow.Bench.Reduce;
using Flow.Bench.Replicas;
using Flow.Bench.Startup;

namespace Flow.Bench;

/// <summary>Headless benchmarks: <c>./build.sh bench &lt;name&gt; [options]</c>.</summary>
internal static class Program
{
    private const string Help = """
        usage: ./build.sh bench <name> [options]    (each prints one line per measurement, then "<name>: <value> <unit> (<setting>)")
          flow-overhead  3 no-op executors in a chain (cache-entity-refs on and off) vs raw Akka's 3-hop sharded chain and vs
                         raw Akka sending Flow's messages, same run: requests/s with 64 callers, p50/p99, 1-caller latency
                         [--seconds 3] [--callers 64] [--repeat 3] [--latency-requests 20000]
                         [--targets akka-chain,flow,flow-cache-off,akka-flow-shape] [--allocation-types]
          flow-startup   FlowHost.StartAsync -> first response vs raw Akka's tuned one-node cluster -> first entity reply, cold
                         (a fresh process per run) and warm; DisposeAsync vs Terminate; the README main job's wall time and
                         its steps [--runs 5] [--skip-main-job] [--akka "<hocon>"] [--flow "<hocon>"] [--env "K=V;K=V"]
                         [--workspace DIR]
          flow-replicas  an executor awaiting 50 ms, 200 requests, 64 callers, replicas 1..16, vs 10 s / replicas and vs a raw
                         Akka pool [--requests 200] [--callers 64] [--repeat 3]
          flow-reduce    10 shards x 100 docs x 20 matches polled ALL: reduce alone, and end to end vs raw Akka scattering
                         [--requests 50] [--repeat 3]
          front-doors    the same 3 no-op executors through Jina's gRPC (JinaRPC.Call, 64 streams) and HTTP (POST /post, 64
                         connections) front doors, beside the in-process FlowClient; the load generator in its own process
          flow-cross-node  first (this process, 127.0.0.2) -> second (a child process, 127.0.0.3): requests/s with one small
                         document vs raw Akka.Remote Ask, and MB/s with 1 MiB DocumentArrays vs raw Akka.Remote moving 1 MiB
                         byte[] (echo and ack), same run [--seconds 3] [--callers 64] [--in-flight 8] [--repeat 3]
          flow-recovery  SIGKILL of the host running a shard (3 nodes: this process + 2 hosts) -> first success of a
                         request that needs it, vs the split-brain resolver's stable-after + 5 s [--runs 3]
          micro [filter] BenchmarkDotNet (benchmarks/Flow.Benchmarks)
        """;

    /// <summary>When Main was entered (UTC ticks): a start-up child reports it, so process start → Main can be measured.</summary>
    public static long EntryTicks { get; private set; }

    private static async Task<int> Main(string[] args)
    {
        EntryTicks = DateTime.UtcNow.Ticks;
        var name = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Length > 1 ? args[1..] : [];
        switch (name)
        {
            case "flow-overhead":
                return await FlowOverheadBenchmark.RunAsync(rest);
            case "flow-startup":
                return await FlowStartupBenchmark.RunAsync(rest);
            case "flow-replicas":
                return await FlowReplicasBenchmark.RunAsync(rest);
            case "flow-reduce":
                return await FlowReduceBenchmark.RunAsync(rest);
            case "front-doors":
                return await FrontDoors.FrontDoorsBenchmark.RunAsync(rest);
            case "flow-cross-node":
                return await CrossNode.FlowCrossNodeBenchmark.RunAsync(rest);
            case "flow-recovery":
                return await Recovery.FlowRecoveryBenchmark.RunAsync(rest);
            case Cluster.ClusterNodeChild.Argument:
                // Hidden: the cluster benchmarks run their other nodes as child processes of this binary.
                return await Cluster.ClusterNodeChild.RunAsync(rest);
            case "front-doors-client":
                // Hidden: front-doors runs its load generator in its own process.
                return await FrontDoors.FrontDoorsClient.RunAsync(rest);
            case StartupChild.Argument:
                // Hidden: flow-startup re-invokes this binary for each cold measurement (a fresh process each).
                return await StartupChild.RunAsync(rest);
            case "help" or "--help" or "-h":
                Console.WriteLine(Help);
                return 0;
            default:
                Console.Error.WriteLine($"unknown benchmark '{name}'.");
                Console.Error.WriteLine(Help);
                return 2;
        }
    }
}
