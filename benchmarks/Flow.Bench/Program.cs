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
            case "pingpong":
                return await PingPong.PingPongBenchmark.RunAsync(rest);
            case "flow-overhead":
                return await Flow.FlowOverheadBenchmark.RunAsync(rest);
            case "flow-replicas":
                return await Flow.FlowReplicasBenchmark.RunAsync(rest);
            case "flow-reduce":
                return await Flow.FlowReduceBenchmark.RunAsync(rest);
            case "remote-pingpong":
                return await Remote.RemotePingPongBenchmark.RunAsync(rest);
            case "front-doors":
                return await FrontDoors.FrontDoorsBenchmark.RunAsync(rest);
            case "front-doors-client":
                return await FrontDoors.FrontDoorsClient.RunAsync(rest);
            case "remote-docs":
                return await Remote.RemoteDocsBenchmark.RunAsync(rest);
            default:
                Console.Error.WriteLine($"unknown benchmark '{name}'. Available: pingpong, remote-pingpong, remote-docs, flow-overhead, flow-replicas, flow-reduce, front-doors");
                return 2;
        }
    }
}
