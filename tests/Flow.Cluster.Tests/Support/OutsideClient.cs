using Akka.Actor;
using Flow.Actors.Client;
using Flow.Actors.Serialization;

namespace Flow.Cluster.Tests.Support;

/// <summary>The test's own ActorSystem posting to a Flow on the cluster by actor messaging, as an outside application does (FlowClient.ConnectAsync).</summary>
internal sealed class OutsideClient : IAsyncDisposable
{
    private OutsideClient(ActorSystem system, FlowClient client)
    {
        System = system;
        Client = client;
    }

    public ActorSystem System { get; }

    public FlowClient Client { get; }

    public static async Task<OutsideClient> ConnectAsync(string contact, string flow)
    {
        var system = ActorSystem.Create("test-client", FlowSerialization.ClientConfig());
        try
        {
            return new OutsideClient(system, await FlowClient.ConnectAsync(system, [contact], flow, TimeSpan.FromSeconds(30)));
        }
        catch
        {
            await system.Terminate();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await System.Terminate();
}
