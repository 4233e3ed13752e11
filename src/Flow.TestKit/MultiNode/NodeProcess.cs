using System.Diagnostics;
using Akka.Actor;

namespace Flow.TestKit.MultiNode;

/// <summary>
/// A node in a separate process, for multi-node specs that kill or restart a node: started with
/// <c>dotnet &lt;dll&gt; args…</c>, ready once it prints <c>READY &lt;address&gt;</c> on its standard output, stopped in
/// order by closing its standard input, or killed by its PID. Only the process this object started is ever killed.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private const string ReadyPrefix = "READY ";
    private readonly Process _process;

    private NodeProcess(Process process, Address address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The address the node printed when it became ready.</summary>
    public Address Address { get; }

    /// <summary>The node's process id.</summary>
    public int Pid => _process.Id;

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> and waits for its READY line.</summary>
    /// <exception cref="InvalidOperationException">The process exited before it was ready (its standard error is quoted).</exception>
    /// <exception cref="OperationCanceledException">It was not ready within <paramref name="timeout"/> (it is killed).</exception>
    public static async Task<NodeProcess> StartAsync(string dll, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start 'dotnet {dll}'.");
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"'dotnet {Path.GetFileName(dll)}' exited before it was ready: {await process.StandardError.ReadToEndAsync(cancel.Token).ConfigureAwait(false)}");
                if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
                {
                    return new NodeProcess(process, Address.Parse(line[ReadyPrefix.Length..]));
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

    /// <summary>Stops the node in order (closes its standard input) and returns the last line it printed.</summary>
    public async Task<string?> StopAsync(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout);
        string? last = null;
        while (await _process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false) is { } line)
        {
            last = line;
        }

        await _process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        return last;
    }

    /// <summary>Kills the process abruptly (no orderly shutdown) and waits until it is gone (at most 10 s).</summary>
    public async Task KillAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
    }

    /// <summary>Kills the process if it still runs.</summary>
    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
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
            // It exited meanwhile.
        }
    }
}
