using System.Diagnostics;

namespace Flow.Gateway.Tests.Support;

/// <summary>
/// A <c>flow run</c> process (<c>dotnet flow.dll run flow.yml --assembly &lt;this test assembly&gt; --grpc-port 0 --http-port 0</c>)
/// serving the Flow <c>a → b</c> of <see cref="GatewayTestExecutor"/>s; ready once it prints READY. Killed by its PID on dispose
/// if it still runs (only the process this object started).
/// </summary>
public sealed class FlowRunProcess : IDisposable
{
    public const string FlowYaml = """
        jtype: Flow
        executors:
          - name: a
            uses: GatewayTestExecutor
          - name: b
            uses: GatewayTestExecutor
        """;

    private readonly Process _process;
    private readonly string _directory;

    private FlowRunProcess(Process process, string directory, string grpc, string http)
    {
        _process = process;
        _directory = directory;
        Grpc = grpc;
        Http = http;
    }

    /// <summary>The gRPC front door, <c>127.0.0.1:port</c>.</summary>
    public string Grpc { get; }

    /// <summary>The HTTP front door, <c>127.0.0.1:port</c>.</summary>
    public string Http { get; }

    public int Pid => _process.Id;

    public System.Diagnostics.Process Process => _process;

    /// <summary>Starts <c>flow run</c> on <paramref name="flowYaml"/> (default <see cref="FlowYaml"/>) with <paramref name="doors"/> (default: both front doors on any free port).</summary>
    public static async Task<FlowRunProcess> StartAsync(TimeSpan bound, string? flowYaml = null, string[]? doors = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "flow-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var yaml = Path.Combine(directory, "flow.yml");
        await File.WriteAllTextAsync(yaml, flowYaml ?? FlowYaml);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var a in (string[])[RepoPaths.FlowDll, "run", yaml, "--assembly", typeof(FlowRunProcess).Assembly.Location, .. doors ?? ["--grpc-port", "0", "--http-port", "0"], "--workspace", Path.Combine(directory, "ws")])
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("flow run did not start");
        try
        {
            using var cancel = new CancellationTokenSource(bound);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(cancel.Token).AsTask().WaitAsync(cancel.Token)
                    ?? throw new InvalidOperationException("flow run exited before READY: " + await process.StandardError.ReadToEndAsync(cancel.Token));
                if (line.StartsWith("READY grpc=", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ');
                    return new FlowRunProcess(process, directory, parts[1]["grpc=".Length..], parts[2]["http=".Length..]);
                }
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends SIGINT (Ctrl-C) to the process by its PID and waits for it to exit; returns its exit code and remaining output.</summary>
    public async Task<(int ExitCode, string Output)> InterruptAsync(TimeSpan bound)
    {
        var kill = await ExternalProcess.RunAsync("kill", ["-INT", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], bound);
        Assert.Equal(0, kill.ExitCode);
        using var cancel = new CancellationTokenSource(bound);
        var output = await _process.StandardOutput.ReadToEndAsync(cancel.Token).WaitAsync(cancel.Token);
        await _process.WaitForExitAsync(cancel.Token).WaitAsync(cancel.Token);
        return (_process.ExitCode, output);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
