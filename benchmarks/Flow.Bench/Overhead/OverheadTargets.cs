using Flow.Actors.Cluster;
using Flow.Actors.Hosting;
using Flow.Bench.Executors;
using Flow.Bench.RawAkka;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Bench.Overhead;

/// <summary>Starts the three things flow-overhead compares, each on its own one-node cluster in this process.</summary>
internal static class OverheadTargets
{
    /// <summary>Raw Akka: gateway actor → 3 sharded entities → caller, plain Tell, Akka's tuned one-node cluster.</summary>
    public static async Task<OverheadTarget> AkkaChainAsync()
    {
        var system = await RawAkkaCluster.StartAsync(RawAkkaConfig.Create(tuned: true)).ConfigureAwait(false);
        var chain = await AkkaChain.StartAsync(system, 3).ConfigureAwait(false);
        await chain.SendAsync().ConfigureAwait(false);
        return new OverheadTarget("akka-chain", chain.SendAsync, () => system.Terminate());
    }

    /// <summary>Raw Akka sending Flow's messages (per stage gateway → entity → worker → entity → gateway), no Flow code.</summary>
    public static async Task<OverheadTarget> AkkaFlowShapeAsync()
    {
        var system = await RawAkkaCluster.StartAsync(RawAkkaConfig.Create(tuned: true), "shape").ConfigureAwait(false);
        var chain = await AkkaShapedChain.StartAsync(system, 3).ConfigureAwait(false);
        await chain.SendAsync().ConfigureAwait(false);
        return new OverheadTarget("akka-flow-shape", chain.SendAsync, () => system.Terminate());
    }

    /// <summary>The Flow e1 → e2 → e3 of no-op executors, embedded, with <c>flow.gateway.cache-entity-refs</c> on or off.</summary>
    public static async Task<OverheadTarget> FlowAsync(bool cacheEntityRefs)
    {
        var definition = new FlowBuilder().Add<NoOpExecutor>("e1").Add<NoOpExecutor>("e2").Add<NoOpExecutor>("e3").Build();
        var config = HoconConfig.ParseString($"flow.gateway.cache-entity-refs = {(cacheEntityRefs ? "on" : "off")}");
        var system = await EmbeddedCluster.StartAsync("flow", null, config, CancellationToken.None).ConfigureAwait(false);
        var host = await FlowHost.StartAsync(definition, new FlowHostOptions { System = system }).ConfigureAwait(false);
        var probe = await host.Client.SendAsync(Request()).ConfigureAwait(false);
        if (probe.Status != ResponseStatus.Ok || probe.Routes.Count != 4)
        {
            throw new InvalidOperationException($"unexpected response: {probe.Status} {probe.Error?.Description} routes={probe.Routes.Count}");
        }

        if (Actors.FlowExtension.Get(system).Settings.CacheEntityRefs != cacheEntityRefs)
        {
            throw new InvalidOperationException("flow.gateway.cache-entity-refs was not applied");
        }

        var client = host.Client;
        return new OverheadTarget(
            cacheEntityRefs ? "flow" : "flow-cache-off",
            () => client.SendAsync(Request()),
            async () =>
            {
                await host.DisposeAsync().ConfigureAwait(false);
                await system.Terminate().ConfigureAwait(false);
            });
    }

    private static FlowRequest Request() => new("/index", new DocumentArray(1) { new Document { Id = "q", Text = "hello" } });
}
