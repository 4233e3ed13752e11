using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Flow.Actors.Hosting;
using Flow.Actors.Tests.Runtime;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Flow.Actors.Tests.Hosting;

/// <summary>An application that already runs Akka through Akka.Hosting adds a Flow to its own ActorSystem.</summary>
public sealed class AkkaHostingTests
{
    [Fact]
    public async Task WithFlow_OnTheApplicationsClusterSystem_ServesRequests_StopsWithTheHost()
    {
        var flow = new FlowBuilder().Add<Appender>("a").Add<Appender>("b", shards: 2).Build();
        using var app = Host.CreateDefaultBuilder()
            .ConfigureServices(services => services.AddAkka("app", builder => builder
                .WithRemoting("127.0.0.5", 0)
                .WithClustering()
                .AddStartup((system, _) => Akka.Cluster.Cluster.Get(system).Join(Akka.Cluster.Cluster.Get(system).SelfAddress))
                .WithFlow(flow, new FlowHostOptions { Name = "app-flow" })))
            .Build();
        await app.StartAsync();
        var system = app.Services.GetRequiredService<ActorSystem>();
        var registry = app.Services.GetRequiredService<ActorRegistry>();

        var gateway = await registry.GetAsync<FlowGateway>();
        var host = FlowExtension.Get(system).Flow("app-flow");
        var docs = await host!.Client.PostAsync("/x", [new Document { Id = "d", Text = "t" }]);

        Assert.Equal(host.Gateway, gateway);
        Assert.Equal(["t/a/b"], docs.Select(d => d.Text));
        Assert.Equal("app", system.Name);
        await app.StopAsync();
        Assert.True(system.WhenTerminated.IsCompleted);
    }
}
