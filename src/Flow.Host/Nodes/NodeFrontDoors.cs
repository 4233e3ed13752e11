using Akka.Actor;
using Akka.Hosting;
using Flow.Actors;
using Flow.Core.Flows;
using Flow.Gateway.Hosting;
using Flow.Gateway.Target;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Host.Nodes;

/// <summary>
/// A cluster node serves Jina's front doors for its Flow when its HOCON names a port (<c>flow.gateway.grpc.port</c>,
/// <c>flow.gateway.http.port</c>; <c>flow.gateway.host</c>, <c>prefetch</c>, <c>max-request-bytes</c>): they start once the
/// Flow runs, print <c>SERVING grpc=&lt;addr&gt; http=&lt;addr&gt;</c>, and close first when the node leaves (coordinated
/// shutdown's service-unbind phase), before the Flow drains.
/// </summary>
internal static class NodeFrontDoors
{
    /// <summary>Adds the front doors of Flow <paramref name="flow"/> to the node when <paramref name="config"/> asks for them.</summary>
    public static void AddTo(AkkaConfigurationBuilder akka, HoconConfig config, string flow, FlowDefinition definition, TextWriter stdout)
    {
        if (FlowGatewayServerOptions.FromConfig(config) is not { } options)
        {
            return;
        }

        akka.AddStartup(async (system, _) =>
        {
            var host = FlowExtension.Get(system).Flow(flow) ?? throw new InvalidOperationException($"The Flow '{flow}' did not start on this node.");
            var server = await FlowGatewayServer.StartAsync(new FlowHostGatewayTarget(host, definition), options).ConfigureAwait(false);
            stdout.WriteLine($"SERVING grpc={server.GrpcAddress?.Authority ?? "off"} http={server.HttpAddress?.Authority ?? "off"}");
            stdout.Flush();
            CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseServiceUnbind, "flow-front-doors", async () =>
            {
                await server.StopAsync().ConfigureAwait(false);
                return Akka.Done.Instance;
            });
        });
    }
}
