using System.Diagnostics;

namespace Flow.Bench.Common;

/// <summary>
/// Runs a process to its end and returns its output lines and timings; a process still running after the timeout is
/// killed by its PID. The child's environment is this one's plus <c>environment</c>.
/// </summary>
internal static class ChildProcess
{
    /// <summary>The command that runs this benchmark binary again: <c>dotnet Flow.Bench.dll</c>.</summary>
    public static (string File, string FirstArgument) Self() => ("dotnet", typeof(ChildProcess).Assembly.Location);

    public static async Task<ChildResult> RunAsync(string file, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var startTicks = DateTime.UtcNow.Ticks;
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ours to end: this process, by its id.
            Process.GetProcessById(process.Id).Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} (pid {process.Id}) ran longer than {timeout.TotalSeconds:0} s and was killed");
        }

        var wall = sw.Elapsed.TotalMilliseconds;
        var exitTicks = DateTime.UtcNow.Ticks;
        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        return new ChildResult(process.ExitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), errors, wall, startTicks, exitTicks);
    }
}
