using System.Diagnostics;
using Akka.Actor;
using Flow.Bench.Common;

namespace Flow.Bench.Cluster;

/// <summary>
/// The benchmark's handle on a <see cref="ClusterNodeChild"/> process: started and awaited until READY, stopped in
/// order by closing its standard input, or killed (SIGKILL) by its PID. Only the process this object started is ever
/// signalled; it never outlives the handle. With <see cref="LogVariable"/> set to a path, the node's standard output
/// (its Akka log) is appended to <c>&lt;path&gt;.&lt;pid&gt;</c>.
/// </summary>
internal sealed class NodeChild : IAsyncDisposable
{
    /// <summary>The environment variable naming where the nodes' logs go (unset: nowhere).</summary>
    public const string LogVariable = "FLOW_BENCH_CHILD_LOG";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly TaskCompletionSource<Address> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _errors = new();
    private readonly Task _pumps;
    private bool _disposed;

    private NodeChild(Process process)
    {
        _process = process;
        _pumps = Task.WhenAll(PumpOutputAsync(), PumpErrorAsync());
    }

    /// <summary>The node's address, from its READY line.</summary>
    public Address Address => _ready.Task.Result;

    /// <summary>The process id.</summary>
    public int Pid => _process.Id;

    /// <summary>Starts a node on <paramref name="host"/> joining <paramref name="seed"/>, with <paramref name="roles"/>, running its part of <paramref name="flow"/>; does not wait.</summary>
    public static NodeChild Start(string host, Address seed, string roles, string flow)
    {
        var (file, self) = ChildProcess.Self();
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { self, ClusterNodeChild.Argument, "--host", host, "--seed", seed.ToString(), "--roles", roles, "--flow", flow })
        {
            info.ArgumentList.Add(arg);
        }

        return new NodeChild(Process.Start(info) ?? throw new InvalidOperationException($"could not start a node on {host}"));
    }

    /// <summary>Waits for the READY line.</summary>
    /// <exception cref="InvalidOperationException">The process exited first, or printed no READY line within 90 s (it is killed); its standard error is quoted.</exception>
    public async Task<Address> WaitReadyAsync()
    {
        try
        {
            return await _ready.Task.WaitAsync(ReadyTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new InvalidOperationException($"node pid {Pid} printed no READY line within {ReadyTimeout.TotalSeconds:0} s; its standard error ends with:\n{ErrorTail()}");
        }
    }

    /// <summary>SIGKILL, by this process's id; returns once the process is gone (10 s at most).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Closes the node's standard input (it leaves the cluster and exits), killing it after 30 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            try
            {
                _process.StandardInput.Close();
                await _process.WaitForExitAsync().WaitAsync(StopTimeout).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or IOException)
            {
                Kill();
            }
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        await _pumps.ConfigureAwait(false);
        _process.Dispose();
    }

    private string ErrorTail()
    {
        lock (_errors)
        {
            return string.Join('\n', _errors);
        }
    }

    private async Task PumpOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (Environment.GetEnvironmentVariable(LogVariable) is { Length: > 0 } log)
            {
                await File.AppendAllTextAsync($"{log}.{Pid}", line + "\n").ConfigureAwait(false);
            }

            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                _ready.TrySetResult(Address.Parse(line["READY ".Length..].Trim()));
            }
        }

        _ready.TrySetException(new InvalidOperationException($"node pid {Pid} exited before it was ready; its standard error ends with:\n{ErrorTail()}"));
    }

    private async Task PumpErrorAsync()
    {
        while (await _process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (_errors)
            {
                _errors.Enqueue(line);
                if (_errors.Count > 100)
                {
                    _errors.Dequeue();
                }
            }
        }
    }
}
