using System.Diagnostics;
using System.Globalization;
using Flow.Actors;
using Flow.Actors.Remote;

namespace Flow.Bench.Remote;

/// <summary>
/// Akka.NET's RemotePingPong workload: two actor systems in this process connected over loopback TCP; for each client
/// count (1, 5, 10, 15, 20, 25, 30) that many clients on system A, each with its own echo on system B; 100,000 round
/// trips per client, 50 in flight per client, a short string, every message counted (both directions).
/// Then the throughput of 1 MiB payloads between the two systems (MB/s).
/// Options: <c>--clients 1,5,10</c>, <c>--round-trips N</c> (per client), <c>--repeat N</c> (median of N runs),
/// <c>--payload-mib N</c> (MiB sent in the payload run; 0 skips it).
/// </summary>
internal static class RemotePingPongBenchmark
{
    private static readonly int[] s_defaultClients = [1, 5, 10, 15, 20, 25, 30];

    private static double LastBytesPerMessage { get; set; }

    public static async Task<int> RunAsync(string[] args)
    {
        var clientCounts = Option(args, "--clients") is { } c ? Array.ConvertAll(c.Split(','), int.Parse) : s_defaultClients;
        var roundTrips = Option(args, "--round-trips") is { } r ? long.Parse(r, CultureInfo.InvariantCulture) : 100_000L;
        var repeat = Option(args, "--repeat") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1;
        var payloadMib = Option(args, "--payload-mib") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 512;

        await using var a = Start("remote-a", "127.0.0.2");
        await using var b = Start("remote-b", "127.0.0.3");
        Console.WriteLine($"remote-pingpong: {a.Address} -> {b.Address}, {roundTrips} round trips per client, 50 in flight per client, server GC: {System.Runtime.GCSettings.IsServerGC}, cores: {Environment.ProcessorCount}");

        // Warm-up: connection, JIT and tiering.
        await RunOnceAsync(a, b, 10, roundTrips / 5, "warmup");

        var best = 0.0;
        var bestClients = 0;
        var round = 0;
        foreach (var clients in clientCounts)
        {
            var samples = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                samples.Add(await RunOnceAsync(a, b, clients, roundTrips, "r" + round++));
            }

            samples.Sort();
            var median = samples[samples.Count / 2];
            Console.WriteLine($"remote-pingpong-clients-{clients}: {median:0} msgs/s (clients={clients}; runs: {string.Join(", ", samples.ConvertAll(s => s.ToString("0", CultureInfo.InvariantCulture)))}; ~{LastBytesPerMessage:0} bytes allocated per message, both systems)");
            if (median > best)
            {
                best = median;
                bestClients = clients;
            }
        }

        if (payloadMib > 0)
        {
            var samples = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                samples.Add(await PayloadThroughputAsync(a, b, payloadMib, "p" + i));
            }

            samples.Sort();
            Console.WriteLine($"remote-payload-1mib: {samples[samples.Count / 2]:0} MB/s ({payloadMib} x 1 MiB byte[] one way, acknowledged in windows of 8)");
        }

        // Every counted message crossed the wire: the frames written both ways cover all of them.
        var ab = ((RemoteTransport)a.RemoteHook!).FindAssociation(b.Address)!;
        var ba = ((RemoteTransport)b.RemoteHook!).FindAssociation(a.Address)!;
        Console.WriteLine($"remote-pingpong-wire: {ab.ItemsWritten} items in {ab.Flushes} flushes a->b, {ba.ItemsWritten} items in {ba.Flushes} flushes b->a");
        Console.WriteLine($"remote-pingpong: {best:0} msgs/s (clients={bestClients})");
        return 0;
    }

    private static ActorSystem Start(string name, string host) =>
        ActorSystem.Create(name, new ActorSystemSetup { Settings = ActorSystemSettings.Default with { Remote = new RemoteSettings { Hostname = host } } });

    private static async Task<double> RunOnceAsync(ActorSystem a, ActorSystem b, int clients, long roundTrips, string tag)
    {
        var done = new Task[clients];
        var actors = new IActorRef[clients];
        var cleanup = new List<IActorRef>();
        for (var i = 0; i < clients; i++)
        {
            var echo = b.ActorOf(Props.Create<RemoteEchoActor>(), $"echo-{tag}-{i}");
            cleanup.Add(echo);
            var remoteEcho = await a.ActorSelection($"{b.Address}/user/echo-{tag}-{i}").ResolveOne(TimeSpan.FromSeconds(10));
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done[i] = finished.Task;
            actors[i] = a.ActorOf(Props.Create(() => new RemoteClientActor(remoteEcho, roundTrips, 50, finished)), $"client-{tag}-{i}");
            cleanup.Add(actors[i]);
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var sw = Stopwatch.StartNew();
        foreach (var client in actors)
        {
            client.Tell(StartRun.Instance, null);
        }

        await Task.WhenAll(done).WaitAsync(TimeSpan.FromMinutes(5));
        sw.Stop();
        LastBytesPerMessage = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / (double)(clients * roundTrips * 2);
        foreach (var actor in cleanup)
        {
            actor.Tell(PoisonPill.Instance, null);
        }

        return clients * roundTrips * 2 / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> PayloadThroughputAsync(ActorSystem a, ActorSystem b, int count, string tag)
    {
        var sink = b.ActorOf(Props.Create<PayloadSink>(), "sink-" + tag);
        var remoteSink = await a.ActorSelection($"{b.Address}/user/sink-{tag}").ResolveOne(TimeSpan.FromSeconds(10));
        var payload = new byte[1024 * 1024];
        Random.Shared.NextBytes(payload);
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = a.ActorOf(Props.Create(() => new PayloadSender(remoteSink, payload, count, finished)), "payload-" + tag);
        var sw = Stopwatch.StartNew();
        sender.Tell(StartRun.Instance, null);
        await finished.Task.WaitAsync(TimeSpan.FromMinutes(5));
        sw.Stop();
        sender.Tell(PoisonPill.Instance, null);
        sink.Tell(PoisonPill.Instance, null);
        return count * (double)payload.Length / (1024 * 1024) / sw.Elapsed.TotalSeconds;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Acknowledges each array with its length.</summary>
    private sealed class PayloadSink : ReceiveActor
    {
        public PayloadSink() => Receive<byte[]>(b => Sender.Tell(b.Length, Self));
    }

    /// <summary>Sends 1 MiB arrays with up to 8 unacknowledged (the echo returns a 4-byte ack for each).</summary>
    private sealed class PayloadSender : ReceiveActor
    {
        private int _sent;
        private int _acked;

        public PayloadSender(IActorRef sink, byte[] payload, int count, TaskCompletionSource done)
        {
            Receive<StartRun>(_ =>
            {
                for (; _sent < Math.Min(8, count); _sent++)
                {
                    sink.Tell(payload, Self);
                }
            });
            Receive<int>(_ =>
            {
                _acked++;
                if (_sent < count)
                {
                    sink.Tell(payload, Self);
                    _sent++;
                }
                else if (_acked == count)
                {
                    done.TrySetResult();
                }
            });
        }
    }
}
