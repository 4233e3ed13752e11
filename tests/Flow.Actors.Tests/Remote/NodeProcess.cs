using System.Diagnostics;

namespace Flow.Actors.Tests.Remote;

/// <summary>A <c>Flow.Remote.TestNode</c> process started by a test, killed by its PID (only processes we started).</summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;

    private NodeProcess(Process process, Address address)
    {
        _process = process;
        Address = address;
    }

    public Address Address { get; }

    public int Pid => _process.Id;

    public static async Task<NodeProcess> StartAsync(string system, string host, int port, TimeSpan timeout)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Flow.Remote.TestNode.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, system, host, port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the test node");
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(cancel.Token)
                    ?? throw new InvalidOperationException($"the test node exited: {await process.StandardError.ReadToEndAsync(cancel.Token)}");
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    return new NodeProcess(process, Address.Parse(line["READY ".Length..]));
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

    /// <summary>Kills the process abruptly (no orderly shutdown) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

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
            // Already exited.
        }
    }
}
