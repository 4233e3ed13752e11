using System.Diagnostics;
using System.Globalization;
using Flow.Actors;

namespace Flow.Bench.PingPong;

/// <summary>
/// Akka.NET's PingPong workload: ProcessorCount client/echo pairs, 15,000,000 round trips split over the clients,
/// 1,000 messages in flight per client, every message counted in both directions, swept over dispatcher throughput.
/// Options: <c>--throughputs 1,10,30</c>, <c>--round-trips N</c>, <c>--repeat N</c> (median of N runs per setting, 3 by default).
/// </summary>
internal static class PingPongBenchmark
{
    private static readonly int[] s_defaultThroughputs = [1, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900];

    public static async Task<int> RunAsync(string[] args)
    {
        var throughputs = Option(args, "--throughputs") is { } t ? Array.ConvertAll(t.Split(','), int.Parse) : s_defaultThroughputs;
        var roundTrips = Option(args, "--round-trips") is { } r ? long.Parse(r, CultureInfo.InvariantCulture) : 15_000_000L;
        var repeat = Option(args, "--repeat") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        var pairs = Environment.ProcessorCount;
        Console.WriteLine($"pingpong: {pairs} client/echo pairs, {roundTrips} round trips, 1000 in flight per client, server GC: {System.Runtime.GCSettings.IsServerGC}");

        // Warm-up until tiered compilation (with PGO) has settled: a single short run leaves the hot path on early
        // tiers for part of the first measurement, which then reads half of the steady-state figure.
        for (var i = 0; i < 5; i++)
        {
            await RunOnceAsync(30, pairs, roundTrips / 5);
        }

        var best = 0.0;
        var bestThroughput = 0;
        foreach (var throughput in throughputs)
        {
            var samples = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                samples.Add(await RunOnceAsync(throughput, pairs, roundTrips));
            }

            samples.Sort();
            var median = samples[samples.Count / 2];
            Console.WriteLine($"pingpong-throughput-{throughput}: {median:0} msgs/s (throughput={throughput})");
            if (median > best)
            {
                best = median;
                bestThroughput = throughput;
            }
        }

        Console.WriteLine($"pingpong: {best:0} msgs/s (throughput={bestThroughput})");
        return 0;
    }

    private static async Task<double> RunOnceAsync(int throughput, int pairs, long roundTrips)
    {
        var setup = new ActorSystemSetup { Settings = ActorSystemSettings.Default.WithThroughput(throughput) };
        var system = ActorSystem.Create("pingpong", setup);
        try
        {
            var perClient = roundTrips / pairs;
            var done = new Task[pairs];
            var clients = new (IActorRef Client, IActorRef Echo)[pairs];
            for (var i = 0; i < pairs; i++)
            {
                var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                done[i] = finished.Task;
                var echo = system.ActorOf(Props.Create<EchoActor>(), "echo" + i);
                var client = system.ActorOf(Props.Create(() => new ClientActor(echo, perClient, finished)), "client" + i);
                clients[i] = (client, echo);
            }

            var sw = Stopwatch.StartNew();
            foreach (var (client, _) in clients)
            {
                client.Tell(Run.Instance, null);
            }

            await Task.WhenAll(done);
            sw.Stop();
            return roundTrips * 2 / sw.Elapsed.TotalSeconds;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
