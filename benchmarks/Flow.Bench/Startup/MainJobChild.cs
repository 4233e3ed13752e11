using System.Globalization;
using Akka.Actor;
using Flow.Actors;
using Flow.Actors.Cluster;
using Flow.Actors.Configuration;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Samples.TextSearch;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Bench.Startup;

/// <summary>
/// The README's main job (TextSearch, index already built) in a fresh process, each step that
/// <c>TextSearchApp.RunAsync</c> and <c>FlowHost.StartAsync</c> take timed on its own; and, in another fresh process,
/// the executors alone constructed as the Flow constructs them (the index and model reload, without Akka).
/// </summary>
internal static class MainJobChild
{
    public const string Query = "read all lines of a text file";

    /// <summary>What TextSearch uses when given no <c>--workspace</c>.</summary>
    public static string DefaultWorkspace
    {
        get
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return string.IsNullOrEmpty(local) ? Path.GetFullPath("workspace") : Path.Combine(local, "Flow", "TextSearch", "workspace");
        }
    }

    public static async Task RunAsync(string? workspace, string query, string? overrides)
    {
        workspace ??= DefaultWorkspace;
        var clock = new PhaseClock();
        var definition = TextSearchFlow.Build();
        clock.Mark("main-definition");
        var settings = overrides is null ? FlowConfig.Embedded : HoconConfig.ParseString(overrides).WithFallback(FlowConfig.Embedded);
        var akkaConfig = FlowConfig.ToAkka(settings);
        clock.Mark("main-config");
        var system = ActorSystem.Create("flow", BootstrapSetup.Create().WithConfig(akkaConfig));
        clock.Mark("main-actorsystem-create");
        await EmbeddedCluster.JoinSelfAsync(system, CancellationToken.None);
        clock.Mark("main-cluster-up");
        _ = FlowExtension.Get(system).Settings;
        clock.Mark("main-flow-extension");
        var options = new FlowHostOptions
        {
            System = system,
            Workspace = workspace,
            Registry = TextSearchFlow.CreateRegistry(),
            DefaultTimeout = TimeSpan.FromMinutes(2),
        };
        var host = await FlowHost.StartAsync(definition, options);
        clock.Mark("main-flowhost-start");
        var status = await host.Client.PostAsync("/status", [new Document { Id = "status" }]);
        clock.Mark("main-status");
        var answer = await host.Client.PostAsync("/search", [new Document(query)]);
        clock.Mark("main-search");
        if (status[0].Matches.Count == 0 || answer[0].Matches.Count == 0)
        {
            throw new InvalidOperationException("the index is not built: run TextSearch once first");
        }

        await host.DisposeAsync();
        clock.Mark("main-dispose-flow");
        await system.Terminate();
        clock.Mark("main-terminate");
    }

    /// <summary>Constructs every executor instance of the TextSearch Flow as its replicas do (no Akka), timing each executor.</summary>
    public static void ConstructExecutors(string? workspace)
    {
        workspace ??= DefaultWorkspace;
        var clock = new PhaseClock();
        var definition = TextSearchFlow.Build();
        clock.Mark("executors-definition");
        var instances = new List<ExecutorInstance>();
        foreach (var executor in definition.Executors)
        {
            for (var shard = 0; shard < executor.Shards; shard++)
            {
                for (var replica = 0; replica < executor.Replicas; replica++)
                {
                    var runtime = new ExecutorRuntimeInfo(executor.Name, shard, executor.Shards, replica, executor.Replicas, workspace);
                    instances.Add(ExecutorInstance.Create(executor.UsesType!, runtime, executor.UsesWith));
                    clock.Mark(string.Create(CultureInfo.InvariantCulture, $"executors-{executor.Name}-{shard}-{replica}"));
                }
            }
        }

        foreach (var instance in instances)
        {
            instance.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
