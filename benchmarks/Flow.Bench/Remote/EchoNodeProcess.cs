using System.Diagnostics;
using Flow.Actors;

namespace Flow.Bench.Remote;

/// <summary>
/// The second process of <c>remote-docs</c>: this benchmark's own assembly started as
/// <c>dotnet Flow.Bench.dll remote-docs --echo-node 127.0.0.3</c>. It prints <c>READY &lt;address&gt;</c>, stops in order
/// when its standard input closes (prints <c>STOPPED</c>), and is killed by its PID if it does not exit within a bound.
/// </summary>
internal sealed class EchoNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _stderr;

    private EchoNodeProcess(Process process, Address address, Task stderr)
    {
        _process = process;
        Address = address;
        _stderr = stderr;
    }

    public Address Address { get; }

    public int Pid => _process.Id;

    public static async Task<EchoNodeProcess> StartAsync(string host, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(EchoNodeProcess).Assembly.Location, "remote-docs", "--echo-node", host },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the echo node");
        var stderr = ForwardAsync(process.StandardError, Console.Error, $"[echo node {process.Id}] ");
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(cancel.Token)
                    ?? throw new InvalidOperationException($"the echo node (pid {process.Id}) exited before READY (exit code {await ExitCodeAsync(process)})");
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    return new EchoNodeProcess(process, Address.Parse(line["READY ".Length..]), stderr);
                }
            }
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Closes the node's standard input and waits up to <paramref name="bound"/> for it to exit; kills it by its PID otherwise.</summary>
    /// <returns>The last line it printed (<c>STOPPED</c> after an orderly stop), or a note that it was killed.</returns>
    public async Task<string> StopAsync(TimeSpan bound)
    {
        string? last = null;
        try
        {
            _process.StandardInput.Close();
            using var cancel = new CancellationTokenSource(bound);
            while (await _process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                last = line;
            }

            await _process.WaitForExitAsync(cancel.Token);
            return last ?? "(no output)";
        }
        catch (OperationCanceledException)
        {
            Kill(_process);
            return $"KILLED (pid {_process.Id} did not exit within {bound.TotalSeconds:0} s)";
        }
    }

    /// <summary>Kills the node by its PID if it is still running (nothing else is touched).</summary>
    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            await _stderr.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (TimeoutException)
        {
            // Reported by the caller's figures; nothing more to do for a process that will not die.
        }

        _process.Dispose();
    }

    private static async Task<string> ExitCodeAsync(Process process)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(2));
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (TimeoutException)
        {
            return "none yet";
        }
    }

    private static async Task ForwardAsync(StreamReader from, TextWriter to, string prefix)
    {
        while (await from.ReadLineAsync() is { } line)
        {
            to.WriteLine(prefix + line);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
