using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Flow.Actors.Hosting;
using Flow.Bench.Cluster;
using Flow.Bench.Common;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Bench.Recovery;

/// <summary>
/// <c>flow-recovery</c>: a cluster of this process (127.0.0.2, the seed and the gateway, no executor role) and two host
/// processes (127.0.0.3 and .4, role <c>index</c>), each running one of the two shards of the executor <c>store</c>
/// (polled ALL on <c>/search</c>: every request needs both, and a success carries both shards' results), all on Flow's
/// reference settings (Akka's failure detector, the split-brain resolver's <c>stable-after</c>, remember-entities).
/// Four callers post continuously; a host is killed (SIGKILL), and a request posted right after the kill measures the
/// recovery: SIGKILL → its success. Two cases, a fresh cluster per run: the younger host (its shard only), and the
/// oldest host (its shard and the executor's shard coordinator). Every request must succeed; a failed one is reported
/// and fails the benchmark.
/// </summary>
internal static class FlowRecoveryBenchmark
{
    private const int Callers = 4;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan SteadyBound = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = BenchOptions.Int(args, "--runs", 3);
        Machine.PrintHeader("flow-recovery", $"SIGKILL of a host running a shard, {Callers} callers posting, {runs} runs per case, a fresh 3-node cluster each");
        var failures = 0;
        var stableAfter = TimeSpan.Zero;
        var medians = new List<(string Case, double Recovered, double Unreachable, double Removed)>();
        foreach (var oldest in new[] { false, true })
        {
            var name = oldest ? "shard+coordinator" : "shard";
            var unreachable = new List<double>();
            var removed = new List<double>();
            var recovered = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var result = await RunOnceAsync(oldest);
                stableAfter = result.StableAfter;
                unreachable.Add(result.Unreachable);
                removed.Add(result.Removed);
                recovered.Add(result.Recovered);
                failures += result.Failed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} run {run}: unreachable after {result.Unreachable:0} ms, removed after {result.Removed:0} ms, a request posted after the kill succeeded after {result.Recovered:0} ms; {result.Succeeded} requests succeeded, {result.Failed} failed{result.FirstError}"));
            }

            medians.Add((name, Stats.Median(recovered), Stats.Median(unreachable), Stats.Median(removed)));
        }

        var target = stableAfter.TotalMilliseconds + 5000;
        var (_, shard, unreachableMs, removedMs) = medians[0];
        var (_, coordinator, _, _) = medians[1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"flow-recovery: {shard:0} ms (SIGKILL -> first success, the host of a shard; unreachable {unreachableMs:0} ms, removed {removedMs:0} ms; the host of a shard and its coordinator {coordinator:0} ms; stable-after {stableAfter.TotalMilliseconds:0} ms, target {target:0} ms; failed requests {failures})"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<RunResult> RunOnceAsync(bool killOldest)
    {
        var system = BenchCluster.Create("127.0.0.2", []);
        await BenchCluster.JoinAsync(system, null);
        var cluster = Akka.Cluster.Cluster.Get(system);

        // The first host joins first: it is the oldest with the role, where the executor's shard coordinator runs.
        var older = NodeChild.Start("127.0.0.3", cluster.SelfAddress, BenchFlows.Index, "recovery");
        NodeChild? younger = null;
        FlowHost? host = null;
        try
        {
            await older.WaitReadyAsync();
            younger = NodeChild.Start("127.0.0.4", cluster.SelfAddress, BenchFlows.Index, "recovery");
            var starting = FlowHost.StartAsync(BenchFlows.Build("recovery"), ClusterNodeChild.Options(system));
            await younger.WaitReadyAsync();
            host = await starting;
            var placement = await WaitForOneShardEachAsync(host, older.Address, younger.Address);
            Console.WriteLine($"placement: {placement}");
            var victim = killOldest ? older : younger;
            var stableAfter = system.Settings.Config.GetTimeSpan("akka.cluster.split-brain-resolver.stable-after");

            using var stop = new CancellationTokenSource(RunBound);
            var clock = Stopwatch.StartNew();
            var succeeded = 0;
            var failed = 0;
            string? firstError = null;
            var client = host.Client;
            async Task<bool> PostAsync()
            {
                var response = await client.SendAsync(Request());
                if (response.Status == ResponseStatus.Ok && response.Docs.Count == 1 && response.Docs[0].Chunks.Count == 2)
                {
                    Interlocked.Increment(ref succeeded);
                    return true;
                }

                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstError, response.Status == ResponseStatus.Ok ? $"{response.Docs.Sum(d => d.Chunks.Count)} shard results" : $"{response.Status}: {response.Error?.Description}", null);
                return false;
            }

            var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await PostAsync();
                }
            })).ToArray();

            // Serving steadily, then SIGKILL; a request posted after the kill needs the lost shard.
            while (Volatile.Read(ref succeeded) < 200)
            {
                if (clock.Elapsed > SteadyBound)
                {
                    await stop.CancelAsync();
                    throw new TimeoutException($"the Flow served {Volatile.Read(ref succeeded)} requests ({Volatile.Read(ref failed)} failed{(firstError is null ? string.Empty : ": " + firstError)}) in {SteadyBound.TotalSeconds:0} s before the kill, not 200");
                }

                await Task.Delay(10);
            }

            var killedAt = clock.Elapsed.TotalMilliseconds;
            victim.Kill();
            var membership = WatchMembershipAsync(cluster, victim.Address, clock, stop.Token);
            while (!await PostAsync() && !stop.IsCancellationRequested)
            {
            }

            var recovered = clock.Elapsed.TotalMilliseconds;
            var (unreachableAt, removedAt) = await membership;
            var after = Volatile.Read(ref succeeded) + 100;
            while (Volatile.Read(ref succeeded) < after && !stop.IsCancellationRequested)
            {
                await Task.Delay(10);
            }

            await stop.CancelAsync();
            await Task.WhenAll(callers);
            return new RunResult(stableAfter, unreachableAt - killedAt, removedAt - killedAt, recovered - killedAt, succeeded, failed,
                firstError is null ? string.Empty : $" (first: {firstError})");
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            if (younger is not null)
            {
                await younger.DisposeAsync();
            }

            await older.DisposeAsync();
            await system.Terminate();
        }
    }

    /// <summary>
    /// Waits (60 s at most) until each host runs the entity of one of the two shards (Akka's least-shard allocation
    /// rebalances them so) and each shard's replica is up, as the Flow's status (what <c>flow status</c> prints) reports them; returns the placement,
    /// replicas included. Killing a shard entity's host loses the shard whatever node its replica runs on: a replica
    /// deployed remotely by the entity's pool stops with it.
    /// </summary>
    private static async Task<string> WaitForOneShardEachAsync(FlowHost host, Address older, Address younger)
    {
        var deadline = Stopwatch.StartNew();
        var seen = string.Empty;
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            var report = await host.DescribeAsync();
            var shards = report.Executors.Where(e => e.Executor == "store").SelectMany(e => e.Shards).ToList();
            seen = string.Join("; ", shards.Select(s => $"shard {s.Shard} on {s.Node}, replicas on {string.Join(", ", s.ReplicaNodes)}"));
            bool Holds(Address node) => shards.Any(s => s.Node == node.ToString() && s.ReplicaNodes.Count == 1);
            if (shards.Count == 2 && Holds(older) && Holds(younger))
            {
                return seen;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the two shards of 'store' and their replicas did not spread over both hosts within 60 s (last seen: {seen})");
    }

    /// <summary>Polls this node's view of the membership every 20 ms: when <paramref name="victim"/> became unreachable, and when it was removed.</summary>
    private static async Task<(double Unreachable, double Removed)> WatchMembershipAsync(Akka.Cluster.Cluster cluster, Address victim, Stopwatch clock, CancellationToken cancellationToken)
    {
        var unreachable = double.NaN;
        while (!cancellationToken.IsCancellationRequested)
        {
            var state = cluster.State;
            if (double.IsNaN(unreachable) && state.Unreachable.Any(m => m.Address == victim))
            {
                unreachable = clock.Elapsed.TotalMilliseconds;
            }

            if (state.Members.All(m => m.Address != victim))
            {
                return (double.IsNaN(unreachable) ? clock.Elapsed.TotalMilliseconds : unreachable, clock.Elapsed.TotalMilliseconds);
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new TimeoutException($"{victim} was not removed from the cluster within {RunBound.TotalSeconds:0} s");
    }

    private static FlowRequest Request() => new("/search", new DocumentArray(1) { new Document { Id = "r", Text = "which host" } }) { Timeout = RequestTimeout };

    private readonly record struct RunResult(TimeSpan StableAfter, double Unreachable, double Removed, double Recovered, int Succeeded, int Failed, string FirstError);
}
