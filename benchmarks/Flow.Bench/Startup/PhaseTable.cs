using System.Globalization;
using Flow.Bench.Common;

namespace Flow.Bench.Startup;

/// <summary>
/// Collects the <c>phase</c> lines of many child runs (see <see cref="PhaseClock"/>) plus what the parent saw (process
/// start → Main, the child's exit, its wall time), and gives medians per phase.
/// </summary>
internal sealed class PhaseTable
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (List<double> Ms, List<double> Jit, List<double> Methods, List<double> Cpu)> _phases = [];

    /// <summary>Adds one child run's phases; <paramref name="prefix"/> names its process-level phases.</summary>
    public void Add(string prefix, ChildResult run)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{prefix} child failed ({run.ExitCode}): {run.Errors}\n{string.Join('\n', run.Lines)}");
        }

        foreach (var line in run.Lines)
        {
            var parts = line.Split(' ');
            switch (parts[0])
            {
                case "phase":
                    Add(parts[1], Parse(parts[2]), Parse(parts[3]), Parse(parts[4]), Parse(parts[5]));
                    break;
                case "main-entry-utc-ticks":
                    Add(prefix + "-process-start-to-main", (long.Parse(parts[1], CultureInfo.InvariantCulture) - run.StartTicks) / 10_000.0);
                    break;
                case "exit-utc-ticks":
                    Add(prefix + "-process-exit", (run.ExitTicks - long.Parse(parts[1], CultureInfo.InvariantCulture)) / 10_000.0);
                    break;
            }
        }

        Add(prefix + "-process-wall", run.WallMs);
        Add(prefix + "-akka-warnings", run.Lines.Count(l => l.StartsWith("[WARNING]", StringComparison.Ordinal)));
    }

    public void Add(string name, double ms, double jit = 0, double methods = 0, double cpu = 0)
    {
        if (!_phases.TryGetValue(name, out var lists))
        {
            _phases[name] = lists = ([], [], [], []);
            _order.Add(name);
        }

        lists.Ms.Add(ms);
        lists.Jit.Add(jit);
        lists.Methods.Add(methods);
        lists.Cpu.Add(cpu);
    }

    /// <summary>The median over runs of the CPU time summed over <paramref name="names"/>.</summary>
    public double MedianCpuOfSum(params string[] names)
    {
        var runs = _phases[names[0]].Cpu.Count;
        var sums = new double[runs];
        foreach (var name in names)
        {
            for (var i = 0; i < runs; i++)
            {
                sums[i] += _phases[name].Cpu[i];
            }
        }

        return Stats.Median(sums);
    }

    public double Median(string name) => Stats.Median(_phases[name].Ms);

    /// <summary>The samples of <paramref name="name"/>, in run order.</summary>
    public IReadOnlyList<double> Samples(string name) => _phases[name].Ms;

    /// <summary>The median of the sum of <paramref name="names"/> per run.</summary>
    public double MedianOfSum(params string[] names) => Stats.Median(Sums(names));

    public double[] Sums(params string[] names)
    {
        var runs = _phases[names[0]].Ms.Count;
        var sums = new double[runs];
        foreach (var name in names)
        {
            for (var i = 0; i < runs; i++)
            {
                sums[i] += _phases[name].Ms[i];
            }
        }

        return sums;
    }

    /// <summary>One line per phase whose name starts with <paramref name="prefix"/>: median wall, CPU and JIT time, methods jitted.</summary>
    public void Print(string prefix)
    {
        foreach (var name in _order)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                var (ms, jit, methods, cpu) = _phases[name];
                var extra = Stats.Median(cpu) > 0 ? $", cpu {Stats.Median(cpu):0} ms, jit {Stats.Median(jit):0} ms, {Stats.Median(methods):0} methods jitted" : string.Empty;
                var unit = name.EndsWith("-akka-warnings", StringComparison.Ordinal) ? "lines" : "ms";
                Console.WriteLine($"{name}: {Stats.Median(ms):0.0} {unit} (median of {ms.Count}{extra}, max {ms.Max():0.0})");
            }
        }
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
