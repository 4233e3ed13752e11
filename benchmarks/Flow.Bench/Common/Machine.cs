using System.Globalization;
using System.Runtime;

namespace Flow.Bench.Common;

/// <summary>What a benchmark ran on: printed first, because the machine is shared and its load changes the figures.</summary>
internal static class Machine
{
    public static void PrintHeader(string name, string workload) =>
        Console.WriteLine($"{name}: {workload}; {Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC}, .NET {Environment.Version}, load average {LoadAverage()}");

    /// <summary>The 1-minute load average (Linux), or "n/a".</summary>
    public static string LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return text.Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    public static string Ms(double milliseconds) => milliseconds.ToString("0", CultureInfo.InvariantCulture);
}
