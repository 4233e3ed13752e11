namespace Flow.Bench;

/// <summary>Headless benchmarks: <c>./build.sh bench &lt;name&gt;</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var name = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Length > 1 ? args[1..] : [];
        switch (name)
        {
            case "flow-overhead":
                return await Flow.FlowOverheadBenchmark.RunAsync(rest);
            case "flow-replicas":
                return await Flow.FlowReplicasBenchmark.RunAsync(rest);
            case "flow-reduce":
                return await Flow.FlowReduceBenchmark.RunAsync(rest);
            default:
                Console.Error.WriteLine($"unknown benchmark '{name}'. Available: flow-overhead, flow-replicas, flow-reduce");
                return 2;
        }
    }
}
