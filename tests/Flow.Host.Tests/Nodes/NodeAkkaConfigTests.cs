using Akka.Actor;
using Akka.Hosting;
using Flow.Actors.Configuration;
using Flow.Actors.Tests.Configuration;
using Flow.Host.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Flow.Host.Tests.Nodes;

/// <summary>
/// A node's ActorSystem, built on Akka.Hosting as <c>flow host</c> and <c>flow-seed</c> build it, reads what Flow resolved,
/// key by key, for the repository's node configurations; Akka.Hosting's only addition is its logger.
/// </summary>
public sealed class NodeAkkaConfigTests
{
    private static readonly string Hocon = Path.Combine(RepoRoot.Path, "hocon");

    [Theory]
    [InlineData("seed.conf", "127.0.0.2")]
    [InlineData("host.conf", "127.0.0.3")]
    public async Task NodeConf_OnAkkaHosting_AkkaReadsWhatFlowResolved(string file, string hostname)
    {
        var environment = new Dictionary<string, string?> { ["FLOW_HOSTNAME"] = hostname, ["FLOW_PORT"] = "0", ["FLOW_SEEDS"] = null, ["FLOW_ROLES"] = null, ["FLOW_LOGLEVEL"] = null };
        var config = FlowConfig.LoadFile(Path.Combine(Hocon, file), new Flow.Hocon.ConfigLoadOptions { Environment = name => environment.GetValueOrDefault(name) });
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddAkka("equality", akka => NodeRunner.Configure(akka, config));
        using var app = builder.Build();
        await app.StartAsync();
        try
        {
            var system = app.Services.GetRequiredService<ActorSystem>();

            var problems = AkkaTreeComparison.CompareOnRunningNode(config, system);

            var logger = typeof(Akka.Hosting.Logging.LoggerFactoryLogger).AssemblyQualifiedName;
            Assert.Equal([$"akka.loggers.0: as a string, Flow reads 'Akka.Event.DefaultLogger', Akka '{logger}'"], problems);
            Assert.Equal(hostname, system.Settings.Config.GetString("akka.remote.dot-netty.tcp.hostname"));
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
