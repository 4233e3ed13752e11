using System.Diagnostics;
using Flow.Actors;

namespace Flow.Engine.Tests.Remote;

/// <summary>
/// A <c>flow host</c> process (src/Flow.Host, <c>dotnet flow.dll host --config ...</c>) started by a test, hosting the
/// test assembly's executors; killed by its PID (only the process this test started).
/// </summary>
internal sealed class FlowNodeProcess : IDisposable
{
    private readonly Process _process;

    private FlowNodeProcess(Process process, Address address)
    {
        _process = process;
        Address = address;
    }

    public Address Address { get; }

    /// <summary>Fast failure detection (heartbeats every 100 ms, 1 s acceptable pause): the node is lost within about 1.5 s.</summary>
    public static string Config(string host) => $$"""
        flow {
          actor.provider = remote
          remote {
            hostname = "{{host}}"
            port = 0
            failure-detector {
              heartbeat-interval = 100ms
              acceptable-heartbeat-pause = 1s
              min-std-deviation = 50ms
            }
          }
        }
        """;

    public static async Task<FlowNodeProcess> StartAsync(string configFile, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "flow.dll"), "host", "--config", configFile, "--name", "exec",
                "--assembly", typeof(FlowNodeProcess).Assembly.Location, "--stop-on-stdin-close",
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start flow host");
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(cancel.Token)
                    ?? throw new InvalidOperationException($"flow host exited: {await process.StandardError.ReadToEndAsync(cancel.Token)}");
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    return new FlowNodeProcess(process, Address.Parse(line["READY ".Length..]));
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
        while (await _process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            last = line;
        }

        await _process.WaitForExitAsync(cancel.Token);
        return last;
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
