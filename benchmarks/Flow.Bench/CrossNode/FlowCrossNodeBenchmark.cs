using System.Globalization;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Flow.Actors.Hosting;
using Flow.Bench.Cluster;
using Flow.Bench.Common;
using Flow.Bench.Overhead;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Bench.CrossNode;

/// <summary>
/// <c>flow-cross-node</c>: two nodes, this process (127.0.0.2, role <c>near</c>) and a child process (127.0.0.3, role
/// <c>far</c>), running the Flow <c>first</c> (near) → <c>second</c> (far): every request crosses to the other node
/// and its response crosses back. Measured in the same run, alternating: requests/s with a one-document request
/// (64 callers) beside raw Akka.Remote Ask of a 16-byte array to an echo actor on the other node; and payload MB/s
/// with 1 MiB DocumentArrays (8 in flight) beside raw Akka.Remote moving 1 MiB byte[] both ways (echo: the same
/// traffic as a Flow request and its response) and one way (acknowledged). MB/s counts content bytes crossing between
/// the nodes (10^6 bytes), both directions.
/// </summary>
internal static class FlowCrossNodeBenchmark
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Int(args, "--seconds", 3);
        var callers = BenchOptions.Int(args, "--callers", 64);
        var inFlight = BenchOptions.Int(args, "--in-flight", 8);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        var duration = TimeSpan.FromSeconds(seconds);
        Machine.PrintHeader("flow-cross-node", $"first (127.0.0.2) -> second (127.0.0.3, another process), {seconds} s per measurement, {repeat} rounds");

        var system = BenchCluster.Create("127.0.0.2", [BenchFlows.Near]);
        await BenchCluster.JoinAsync(system, null);
        var seed = Akka.Cluster.Cluster.Get(system).SelfAddress;
        await using var child = NodeChild.Start("127.0.0.3", seed, BenchFlows.Far, "cross-node");
        var starting = FlowHost.StartAsync(BenchFlows.Build("cross-node"), ClusterNodeChild.Options(system));
        var far = await child.WaitReadyAsync();
        var host = await starting;
        try
        {
            var echo = await system.ActorSelection(new RootActorPath(far) / "user" / EchoActor.Name).ResolveOne(TimeSpan.FromSeconds(10));
            await CheckPlacementAsync(system, far);
            var payload = CrossNodePayload.Create();
            await CheckAsync(host, payload);
            Console.WriteLine($"nodes: this process {seed} runs 'first' and the gateway; pid {child.Pid} {far} runs 'second'");

            var small = new DocumentArray(1) { new Document { Id = "q", Text = "hello" } };
            var smallBytes = new byte[16];
            smallBytes[0] = 1;
            var big = new byte[CrossNodePayload.ContentBytes];
            new Random(7).NextBytes(big);
            big[0] = 1;
            var bigAck = (byte[])big.Clone();
            bigAck[0] = 0;

            Func<Task> flowSmall = () => host.Client.SendAsync(new FlowRequest("/index", small) { Timeout = RequestTimeout });
            Func<Task> rawSmall = () => echo.Ask<byte[]>(smallBytes, RequestTimeout);
            Func<Task> flowBig = () => host.Client.SendAsync(new FlowRequest("/index", payload) { Timeout = RequestTimeout });
            Func<Task> rawEcho = () => echo.Ask<byte[]>(big, RequestTimeout);
            Func<Task> rawAck = () => echo.Ask<byte[]>(bigAck, RequestTimeout);

            // Warm-up: every path, so that the first timed round does not pay for JIT and connection set-up.
            foreach (var send in new[] { flowSmall, rawSmall, flowBig, rawEcho, rawAck })
            {
                await LoadGenerator.ThroughputAsync(send, 8, TimeSpan.FromSeconds(1));
            }

            const double Mb = 1e6;
            var both = 2.0 * CrossNodePayload.ContentBytes / Mb;
            var one = 1.0 * CrossNodePayload.ContentBytes / Mb;
            var smallFlow = new List<double>();
            var smallRaw = new List<double>();
            var smallRatio = new List<double>();
            var p50Flow = new List<double>();
            var p50Raw = new List<double>();
            var bigFlow = new List<double>();
            var bigEcho = new List<double>();
            var bigAckRate = new List<double>();
            var echoRatio = new List<double>();
            for (var r = 0; r < repeat; r++)
            {
                var fs = await LoadGenerator.ThroughputAsync(flowSmall, callers, duration);
                var rs = await LoadGenerator.ThroughputAsync(rawSmall, callers, duration);
                var fb = await LoadGenerator.ThroughputAsync(flowBig, inFlight, duration);
                var re = await LoadGenerator.ThroughputAsync(rawEcho, inFlight, duration);
                var ra = await LoadGenerator.ThroughputAsync(rawAck, inFlight, duration);
                smallFlow.Add(fs.Rate);
                smallRaw.Add(rs.Rate);
                smallRatio.Add(fs.Rate / rs.Rate);
                p50Flow.Add(fs.P50);
                p50Raw.Add(rs.P50);
                bigFlow.Add(fb.Rate * both);
                bigEcho.Add(re.Rate * both);
                bigAckRate.Add(ra.Rate * one);
                echoRatio.Add(fb.Rate / re.Rate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {r + 1}: small flow {fs.Rate:0} req/s (p50 {fs.P50:0} us, p99 {fs.P99:0} us) | raw ask {rs.Rate:0} req/s (p50 {rs.P50:0} us) | 1 MiB flow {fb.Rate:0.0} req/s = {fb.Rate * both:0.0} MB/s (p50 {fb.P50 / 1000:0.0} ms) | raw echo {re.Rate * both:0.0} MB/s | raw ack {ra.Rate * one:0.0} MB/s"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"flow-cross-node small: {Stats.Median(smallFlow):0} requests/s (callers={callers}, p50 {Stats.Median(p50Flow):0} us; raw-akka-ask {Stats.Median(smallRaw):0} requests/s p50 {Stats.Median(p50Raw):0} us, ratio {Stats.Median(smallRatio):0.00})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"flow-cross-node: {Stats.Median(bigFlow):0.0} MB/s (1 MiB DocumentArrays, in-flight={inFlight}; raw-akka-echo {Stats.Median(bigEcho):0.0} MB/s, ratio {Stats.Median(echoRatio):0.00}; raw-akka-ack {Stats.Median(bigAckRate):0.0} MB/s)"));
            return 0;
        }
        finally
        {
            await host.DisposeAsync();
            await child.DisposeAsync();
            await system.Terminate();
        }
    }

    /// <summary>Fails unless every shard of <c>second</c> runs on the other node and every shard of <c>first</c> on this one.</summary>
    private static async Task CheckPlacementAsync(ActorSystem system, Address far)
    {
        var self = Akka.Cluster.Cluster.Get(system).SelfAddress;
        foreach (var (executor, expected) in new[] { ("first", self), ("second", far) })
        {
            var region = ClusterSharding.Get(system).ShardRegion(FlowNames.Region(BenchCluster.FlowName, executor));
            var stats = await region.Ask<ClusterShardingStats>(new GetClusterShardingStats(TimeSpan.FromSeconds(10)), TimeSpan.FromSeconds(20));
            var hosting = stats.Regions.Where(r => r.Value.Stats.Count > 0).Select(r => r.Key).ToList();
            if (hosting.Count != 1 || hosting[0] != expected)
            {
                throw new InvalidOperationException($"'{executor}' runs its shards on {string.Join(", ", hosting)}, not on {expected} only");
            }
        }
    }

    /// <summary>Fails unless a 1 MiB request comes back whole through both executors.</summary>
    private static async Task CheckAsync(FlowHost host, DocumentArray payload)
    {
        var response = await host.Client.SendAsync(new FlowRequest("/index", payload) { Timeout = RequestTimeout });
        if (response.Status != ResponseStatus.Ok || response.Docs.Count != payload.Count || response.Routes.Count != 3)
        {
            throw new InvalidOperationException($"unexpected response: {response.Status} {response.Error?.Description} docs={response.Docs.Count} routes={response.Routes.Count}");
        }

        for (var i = 0; i < payload.Count; i++)
        {
            var (sent, got) = (payload[i], response.Docs[i]);
            if (got.Text != sent.Text || !got.Blob.Span.SequenceEqual(sent.Blob.Span) || !got.Embedding!.Equals(sent.Embedding))
            {
                throw new InvalidOperationException($"document {sent.Id} came back changed");
            }
        }
    }
}
