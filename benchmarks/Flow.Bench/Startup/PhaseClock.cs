using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Flow.Bench.Startup;

/// <summary>
/// Times the phases of a start-up in a child process and prints each as <c>phase &lt;name&gt; &lt;ms&gt; &lt;jit-ms&gt;
/// &lt;methods-jitted&gt; &lt;cpu-ms&gt;</c>: its wall time, the JIT time spent during it (all threads), the methods
/// compiled, and the CPU time the process used meanwhile (all threads). On a shared, loaded machine the wall time
/// mostly measures waiting for a core; the CPU time is the work done.
/// </summary>
internal sealed class PhaseClock
{
    private long _last = Stopwatch.GetTimestamp();
    private TimeSpan _lastJit = JitInfo.GetCompilationTime();
    private long _lastMethods = JitInfo.GetCompiledMethodCount();
    private TimeSpan _lastCpu = Cpu();

    /// <summary>Ends the current phase, named <paramref name="name"/>, and starts the next.</summary>
    public void Mark(string name)
    {
        var now = Stopwatch.GetTimestamp();
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        var cpu = Cpu();
        Print(name, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds, (jit - _lastJit).TotalMilliseconds, methods - _lastMethods, (cpu - _lastCpu).TotalMilliseconds);
        _last = Stopwatch.GetTimestamp();
        _lastJit = jit;
        _lastMethods = methods;
        _lastCpu = cpu;
    }

    /// <summary>Prints a phase measured elsewhere.</summary>
    public static void Print(string name, double ms, double jitMs = 0, long methods = 0, double cpuMs = 0) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase {name} {ms:0.0} {jitMs:0.0} {methods} {cpuMs:0.0}"));

    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
