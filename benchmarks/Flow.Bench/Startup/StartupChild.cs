using System.Runtime;
using Akka.Actor;
using Flow.Actors;
using Flow.Actors.Cluster;
using Flow.Actors.Configuration;
using Flow.Actors.Hosting;
using Flow.Bench.Common;
using Flow.Bench.Executors;
using Flow.Bench.RawAkka;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Bench.Startup;

/// <summary>
/// One cold start-up measurement in a fresh process (flow-startup runs this binary with <see cref="Argument"/>): the
/// first system of the process (cold), then a second one (warm). Prints <c>phase</c> lines (see <see cref="PhaseClock"/>).
/// Modes: <c>akka</c> (raw Akka, <c>--stages N</c> regions, first reply through all of them; <c>--wait-registered</c>:
/// the regions registered with their coordinators before the first message), <c>flow</c>
/// (FlowHost.StartAsync of 3 no-op executors → first response), <c>flow-phases</c> (the same, split into the steps
/// FlowHost takes), <c>main-job</c> and <c>main-job-executors</c> (see <see cref="MainJobChild"/>).
/// </summary>
internal static class StartupChild
{
    public const string Argument = "--startup-child";

    public static async Task<int> RunAsync(string[] args)
    {
        Console.WriteLine($"main-entry-utc-ticks {Program.EntryTicks}");
        var mode = args.Length > 0 ? args[0] : string.Empty;
        var akka = BenchOptions.String(args, "--akka");
        var flow = BenchOptions.String(args, "--flow");
        switch (mode)
        {
            case "akka":
                var stages = BenchOptions.Int(args, "--stages", 1);
                var wait = BenchOptions.Flag(args, "--wait-registered");
                await AkkaAsync("cold", akka, stages, wait);
                await AkkaAsync("warm", akka, stages, wait);
                break;
            case "flow":
                await FlowAsync("cold", flow);
                await FlowAsync("warm", flow);
                break;
            case "flow-phases":
                await FlowPhasesAsync("cold", flow);
                await FlowPhasesAsync("warm", flow);
                break;
            case "warm-loop":
                // Many warm starts in one process: FlowHost owning its system, against the same steps taken one by one.
                for (var i = 0; i < BenchOptions.Int(args, "--count", 5); i++)
                {
                    await FlowAsync("loop", flow);
                    await FlowPhasesAsync("loop", flow);
                }

                break;
            case "main-job":
                await MainJobChild.RunAsync(BenchOptions.String(args, "--workspace"), BenchOptions.String(args, "--query") ?? MainJobChild.Query, flow);
                break;
            case "main-job-executors":
                MainJobChild.ConstructExecutors(BenchOptions.String(args, "--workspace"));
                break;
            default:
                Console.Error.WriteLine($"unknown start-up child mode '{mode}'");
                return 2;
        }

        Console.WriteLine($"exit-utc-ticks {DateTime.UtcNow.Ticks}");
        return 0;
    }

    /// <summary>Raw Akka: ActorSystem.Create → Up → regions → first reply through them; then Terminate.</summary>
    private static async Task AkkaAsync(string when, string? overrides, int stages, bool waitRegistered)
    {
        var clock = new PhaseClock();
        var name = $"akka{stages}-{when}";
        var system = RawAkkaCluster.Create(RawAkkaConfig.Create(tuned: true, overrides), "raw-" + when);
        clock.Mark(name + "-create");
        await RawAkkaCluster.JoinSelfAsync(system);
        clock.Mark(name + "-up");
        var chain = await AkkaChain.StartAsync(system, stages);
        if (waitRegistered)
        {
            await chain.WaitRegisteredAsync();
        }

        clock.Mark(name + "-regions");
        await chain.SendAsync();
        clock.Mark(name + "-first-reply");
        await system.Terminate();
        clock.Mark(name + "-terminate");
    }

    /// <summary>Flow through its public API: FlowHost.StartAsync → first response → DisposeAsync.</summary>
    private static async Task FlowAsync(string when, string? overrides)
    {
        var clock = new PhaseClock();
        ActorSystem? system = null;
        if (overrides is not null)
        {
            system = await EmbeddedCluster.StartAsync("flow", null, HoconConfig.ParseString(overrides), CancellationToken.None);
        }

        var host = await FlowHost.StartAsync(ThreeNoOps(), new FlowHostOptions { System = system });
        clock.Mark($"flow-{when}-start");
        await SendAsync(host);
        clock.Mark($"flow-{when}-first-response");
        await host.DisposeAsync();
        if (system is not null)
        {
            await system.Terminate();
        }

        clock.Mark($"flow-{when}-dispose");
    }

    /// <summary>The steps FlowHost.StartAsync takes for an embedded Flow, each timed (Flow's internals, in order).</summary>
    private static async Task FlowPhasesAsync(string when, string? overrides)
    {
        var clock = new PhaseClock();
        var settings = FlowConfig.Embedded;
        if (overrides is not null)
        {
            settings = HoconConfig.ParseString(overrides).WithFallback(settings);
        }

        clock.Mark($"phases-{when}-hocon-parse");
        var akkaConfig = FlowConfig.ToAkka(settings);
        clock.Mark($"phases-{when}-to-akka");
        var system = ActorSystem.Create("flow", BootstrapSetup.Create().WithConfig(akkaConfig));
        clock.Mark($"phases-{when}-create");
        await EmbeddedCluster.JoinSelfAsync(system, CancellationToken.None);
        clock.Mark($"phases-{when}-up");
        _ = FlowExtension.Get(system).Settings;
        clock.Mark($"phases-{when}-flow-extension");
        var host = await FlowHost.StartAsync(ThreeNoOps(), new FlowHostOptions { System = system });
        clock.Mark($"phases-{when}-flowhost-start");
        await SendAsync(host);
        clock.Mark($"phases-{when}-first-response");
        await host.DisposeAsync();
        clock.Mark($"phases-{when}-dispose-flow");
        await system.Terminate();
        clock.Mark($"phases-{when}-terminate");
    }

    private static FlowDefinition ThreeNoOps() =>
        new FlowBuilder().Add<NoOpExecutor>("e1").Add<NoOpExecutor>("e2").Add<NoOpExecutor>("e3").Build();

    private static async Task SendAsync(FlowHost host)
    {
        var response = await host.Client.SendAsync(new FlowRequest("/index", new DocumentArray(1) { new Document { Id = "q", Text = "hello" } }));
        if (response.Status != ResponseStatus.Ok)
        {
            throw new InvalidOperationException($"first response: {response.Status} {response.Error?.Description}");
        }
    }
}
