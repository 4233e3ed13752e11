using System.Diagnostics;

namespace Flow.Gateway.Tests.Support;

/// <summary>Runs a program to completion within a bound (killed by its PID past it) and returns its exit code and output.</summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <paramref name="program"/>; a program missing from PATH fails the test with that reason.</summary>
    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, TimeSpan bound, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"'{program}' did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{program}' is needed by this test and could not be started ({e.Message}): install it (the machines have it: see PACKAGES.md).");
            throw;
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(bound);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{program} {string.Join(' ', info.ArgumentList)}' did not finish within {bound.TotalSeconds:0} s and was killed.");
            }

            // Bounded too: a process the program left behind could hold its output open.
            return new Result(process.ExitCode, await stdout.WaitAsync(bound), await stderr.WaitAsync(bound));
        }
    }
}
