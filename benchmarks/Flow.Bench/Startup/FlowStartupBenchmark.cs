using Flow.Bench.Common;

namespace Flow.Bench.Startup;

/// <summary>
/// Start-up, each cold figure from a fresh process (this binary re-run with <see cref="StartupChild.Argument"/>), runs
/// interleaved so that Flow and raw Akka see the same machine load: raw Akka's tuned one-node cluster from
/// ActorSystem.Create to the first sharded entity reply (1 region, and 3 regions in a chain), FlowHost.StartAsync of 3
/// no-op executors to the first response, each cold (the process' first system) and warm (a second one), DisposeAsync
/// against Terminate; then the README's main job (TextSearch, index built): its wall time and its steps.
/// Children run with workstation GC, as TextSearch does (this binary's own runtimeconfig says server GC).
/// Options: <c>--runs N</c> (5), <c>--skip-main-job</c>, <c>--akka "&lt;hocon&gt;"</c> / <c>--flow "&lt;hocon&gt;"</c>
/// (settings over the tuned ones, to try a change), <c>--env "K=V;K=V"</c> (for every child), <c>--workspace DIR</c>.
/// </summary>
internal static class FlowStartupBenchmark
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = BenchOptions.Int(args, "--runs", 5);
        var environment = ChildEnvironment(BenchOptions.String(args, "--env"));
        Machine.PrintHeader("flow-startup", $"cold = a fresh process per run, medians of {runs}, children with {string.Join(' ', environment.Select(kv => kv.Key + "=" + kv.Value))}");
        var extra = new List<string>();
        foreach (var option in new[] { "--akka", "--flow" })
        {
            if (BenchOptions.String(args, option) is { } value)
            {
                extra.Add(option);
                extra.Add(value);
                Console.WriteLine($"flow-startup: {option} {value}");
            }
        }

        var table = new PhaseTable();
        for (var i = 0; i < runs; i++)
        {
            table.Add("akka1", await ChildAsync(["akka", "--stages", "1", .. extra], environment));
            table.Add("flow", await ChildAsync(["flow", .. extra], environment));
            table.Add("akka3", await ChildAsync(["akka", "--stages", "3", .. extra], environment));
            table.Add("phases", await ChildAsync(["flow-phases", .. extra], environment));
            Console.WriteLine($"flow-startup-run-{i + 1}: done (load {Machine.LoadAverage()})");
        }

        table.Print("akka");
        table.Print("flow");
        table.Print("phases");
        var summary = Summarize(table);
        if (!BenchOptions.Flag(args, "--skip-main-job"))
        {
            await MainJobAsync(runs, environment, BenchOptions.String(args, "--workspace"), BenchOptions.String(args, "--flow"));
        }

        Console.WriteLine(summary);
        return 0;
    }

    private static string Summarize(PhaseTable t)
    {
        string[] Akka(int stages, string when) =>
            [$"akka{stages}-{when}-create", $"akka{stages}-{when}-up", $"akka{stages}-{when}-regions", $"akka{stages}-{when}-first-reply"];
        string[] Flow(string when) => [$"flow-{when}-start", $"flow-{when}-first-response"];

        var akkaCold = t.Sums(Akka(1, "cold"));
        var akkaWarm = t.Sums(Akka(1, "warm"));
        var akka3Cold = t.Sums(Akka(3, "cold"));
        var akka3Warm = t.Sums(Akka(3, "warm"));
        var flowCold = t.Sums(Flow("cold"));
        var flowWarm = t.Sums(Flow("warm"));
        Console.WriteLine($"akka-1-region-cold: {Stats.Median(akkaCold):0} ms (ActorSystem.Create -> first entity reply, first system in the process)");
        Console.WriteLine($"akka-1-region-warm: {Stats.Median(akkaWarm):0} ms (a second system in the process)");
        Console.WriteLine($"akka-3-regions-cold: {Stats.Median(akka3Cold):0} ms (3 regions, first reply through the chain)");
        Console.WriteLine($"akka-3-regions-warm: {Stats.Median(akka3Warm):0} ms");
        Console.WriteLine($"akka-terminate: cold {t.Median("akka1-cold-terminate"):0} ms, warm {t.Median("akka1-warm-terminate"):0} ms (1 region); 3 regions {t.Median("akka3-cold-terminate"):0} / {t.Median("akka3-warm-terminate"):0} ms");
        Console.WriteLine($"cpu: akka-1-region-cold {t.MedianCpuOfSum(Akka(1, "cold")):0} ms, akka-3-regions-cold {t.MedianCpuOfSum(Akka(3, "cold")):0} ms, flow-cold {t.MedianCpuOfSum(Flow("cold")):0} ms; warm {t.MedianCpuOfSum(Akka(1, "warm")):0} / {t.MedianCpuOfSum(Akka(3, "warm")):0} / {t.MedianCpuOfSum(Flow("warm")):0} ms (CPU time of the process, all threads: what a loaded machine cannot hide)");
        Console.WriteLine($"flow-startup-cold: {Stats.Median(flowCold):0} ms (FlowHost.StartAsync -> first response, 3 executors; akka-1-region={Ratio(flowCold, akkaCold):0.00}x, akka-3-regions={Ratio(flowCold, akka3Cold):0.00}x)");
        Console.WriteLine($"flow-startup-warm: {Stats.Median(flowWarm):0} ms (akka-1-region={Ratio(flowWarm, akkaWarm):0.00}x, akka-3-regions={Ratio(flowWarm, akka3Warm):0.00}x)");
        Console.WriteLine($"flow-dispose: cold {t.Median("flow-cold-dispose"):0} ms, warm {t.Median("flow-warm-dispose"):0} ms (DisposeAsync; raw Terminate with 3 regions {t.Median("akka3-cold-terminate"):0} / {t.Median("akka3-warm-terminate"):0} ms)");
        return $"flow-startup: {Stats.Median(flowCold):0} ms (3 executors, cold, akka-cold={Ratio(flowCold, akkaCold):0.00}, warm={Stats.Median(flowWarm):0} ms akka-warm={Ratio(flowWarm, akkaWarm):0.00}, dispose={t.Median("flow-cold-dispose"):0} ms, median of {flowCold.Length})";
    }

    /// <summary>The median of the per-run ratios (runs interleaved, so each pair saw the same load).</summary>
    private static double Ratio(double[] flow, double[] akka)
    {
        var ratios = new double[Math.Min(flow.Length, akka.Length)];
        for (var i = 0; i < ratios.Length; i++)
        {
            ratios[i] = flow[i] / akka[i];
        }

        return Stats.Median(ratios);
    }

    private static async Task MainJobAsync(int runs, Dictionary<string, string> environment, string? workspace, string? overrides)
    {
        var dll = TextSearchDll();
        var wall = new List<double>();
        var table = new PhaseTable();
        var ws = workspace is null ? [] : new[] { "--workspace", workspace };
        for (var i = 0; i < runs; i++)
        {
            var run = await ChildProcess.RunAsync("dotnet", [dll, "--query", MainJobChild.Query, .. ws], environment, ChildTimeout);
            if (run.ExitCode != 0 || !run.Lines.Any(l => l.StartsWith("1. System.IO.File.ReadAllLines", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"TextSearch failed ({run.ExitCode}): {run.Errors}\n{string.Join('\n', run.Lines)}");
            }

            wall.Add(run.WallMs);
            var warnings = run.Lines.Count(l => l.StartsWith("[WARNING]", StringComparison.Ordinal));
            Console.WriteLine($"main-job-run-{i + 1}: {run.WallMs:0} ms wall ({run.Lines.FirstOrDefault(l => l.StartsWith("Reloaded", StringComparison.Ordinal))}; {warnings} Akka warnings)");
            table.Add("main", await ChildAsync(["main-job", .. ws, .. overrides is null ? Array.Empty<string>() : ["--flow", overrides]], environment));
            table.Add("executors", await ChildAsync(["main-job-executors", .. ws], environment));
        }

        table.Print("main");
        table.Print("executors");
        Console.WriteLine($"main-job: {Stats.Median(wall):0} ms wall (dotnet TextSearch.dll --query \"{MainJobChild.Query}\", warm, index built, median of {runs})");
    }

    private static Task<ChildResult> ChildAsync(string[] args, Dictionary<string, string> environment)
    {
        var (file, first) = ChildProcess.Self();
        return ChildProcess.RunAsync(file, [first, StartupChild.Argument, .. args], environment, ChildTimeout);
    }

    /// <summary>Workstation GC for every child (TextSearch's setting), then the <c>--env</c> pairs.</summary>
    private static Dictionary<string, string> ChildEnvironment(string? pairs)
    {
        var env = new Dictionary<string, string> { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" };
        foreach (var pair in (pairs ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            env[pair[..eq]] = pair[(eq + 1)..];
        }

        return env;
    }

    /// <summary>samples/TextSearch/bin/Release/net10.0/TextSearch.dll of this repository (built with this benchmark).</summary>
    private static string TextSearchDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Actors.sln")))
        {
            dir = dir.Parent;
        }

        var dll = Path.Combine(dir?.FullName ?? ".", "samples", "TextSearch", "bin", "Release", "net10.0", "TextSearch.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the sample first: {dll}");
    }
}
