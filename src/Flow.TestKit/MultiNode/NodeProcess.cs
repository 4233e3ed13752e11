using System.Diagnostics;
using System.Runtime.InteropServices;
using Akka.Actor;

namespace Flow.TestKit.MultiNode;

/// <summary>
/// A node in a separate process, for multi-node specs that kill or restart a node: started with
/// <c>dotnet &lt;dll&gt; args…</c>, ready once it prints <c>READY &lt;address&gt;</c> on its standard output, stopped in
/// order by closing its standard input or by SIGTERM, or killed by its PID. Only the process this object started is
/// ever signalled or killed. Its standard output and error are read from the start (a full pipe would block the node),
/// the output kept line by line, the error's last lines kept for messages.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private const string ReadyPrefix = "READY ";
    private const int ErrorLinesKept = 200;
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly Queue<string> _errorTail = new();
    private readonly TaskCompletionSource<Address> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Prefix, TaskCompletionSource<string> Line)> _waiters = [];
    private bool _outputEnded;
    private readonly Task _errorPump;
    private readonly Task _pumps;

    private NodeProcess(Process process)
    {
        _process = process;
        _errorPump = PumpErrorAsync();
        _pumps = Task.WhenAll(PumpOutputAsync(), _errorPump);
    }

    /// <summary>The address the node printed when it became ready.</summary>
    public Address Address => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result : throw new InvalidOperationException("The node is not ready.");

    /// <summary>The node's process id.</summary>
    public int Pid => _process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The lines the node printed on its standard output so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>The last lines (at most 200) the node printed on its standard error.</summary>
    public string ErrorTail
    {
        get
        {
            lock (_errorTail)
            {
                return string.Join('\n', _errorTail);
            }
        }
    }

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> and waits for its READY line.</summary>
    /// <param name="dll">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="timeout">How long to wait for READY.</param>
    /// <param name="environment">Environment variables to set (a null value removes one); null: the parent's environment.</param>
    /// <param name="workingDirectory">The working directory; null: the parent's.</param>
    /// <exception cref="InvalidOperationException">The process exited before it was ready (its exit code and standard error are quoted).</exception>
    /// <exception cref="TimeoutException">It was not ready within <paramref name="timeout"/> (it is killed; its standard error is quoted).</exception>
    public static async Task<NodeProcess> StartAsync(string dll, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var node = Start(dll, arguments, environment, workingDirectory);
        try
        {
            await node.WaitReadyAsync(timeout).ConfigureAwait(false);
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> without waiting for anything (see <see cref="WaitReadyAsync"/>, <see cref="WaitForExitAsync"/>).</summary>
    /// <param name="dll">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Environment variables to set (a null value removes one); null: the parent's environment.</param>
    /// <param name="workingDirectory">The working directory; null: the parent's.</param>
    /// <returns>The running process.</returns>
    public static NodeProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return new NodeProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start 'dotnet {dll}'."));
    }

    /// <summary>Waits for the READY line and returns the address it names.</summary>
    /// <exception cref="InvalidOperationException">The process exited before it was ready.</exception>
    /// <exception cref="TimeoutException">It was not ready within <paramref name="timeout"/> (the process is left running).</exception>
    public async Task<Address> WaitReadyAsync(TimeSpan timeout)
    {
        try
        {
            return await _ready.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'dotnet {Path.GetFileName(_process.StartInfo.ArgumentList[0])}' (pid {Pid}) printed no READY line within {timeout.TotalSeconds:0.#} s; its standard error ends with:\n{ErrorTail}");
        }
    }

    /// <summary>Waits for a line of standard output that starts with <paramref name="prefix"/> (one already printed counts) and returns it.</summary>
    /// <param name="prefix">The line's start, e.g. <c>SERVING </c>.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <exception cref="InvalidOperationException">The output ended (the process exited) without such a line.</exception>
    /// <exception cref="TimeoutException">No such line within <paramref name="timeout"/> (the process is left running).</exception>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var line = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.Find(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } printed)
            {
                return printed;
            }

            if (_outputEnded)
            {
                throw new InvalidOperationException($"'dotnet {Path.GetFileName(_process.StartInfo.ArgumentList[0])}' exited without printing a line starting '{prefix}'; its standard error ends with:\n{ErrorTail}");
            }

            _waiters.Add((prefix, line));
        }

        try
        {
            return await line.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'dotnet {Path.GetFileName(_process.StartInfo.ArgumentList[0])}' (pid {Pid}) printed no line starting '{prefix}' within {timeout.TotalSeconds:0.#} s; its standard error ends with:\n{ErrorTail}");
        }
    }

    /// <summary>Waits until the process exits and its output is read; returns its exit code.</summary>
    /// <exception cref="TimeoutException">Still running after <paramref name="timeout"/> (it is left running).</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout).ConfigureAwait(false);
            await _pumps.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'dotnet {Path.GetFileName(_process.StartInfo.ArgumentList[0])}' (pid {Pid}) did not exit within {timeout.TotalSeconds:0.#} s; its standard error ends with:\n{ErrorTail}");
        }

        return _process.ExitCode;
    }

    /// <summary>Stops the node in order (closes its standard input) and returns the last line it printed.</summary>
    public async Task<string?> StopAsync(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        await WaitForExitAsync(timeout).ConfigureAwait(false);
        var output = Output;
        return output.Count == 0 ? null : output[^1];
    }

    /// <summary>Sends SIGTERM to the process (an orderly stop, as a service manager does) and returns its exit code once it exited.</summary>
    /// <exception cref="PlatformNotSupportedException">Not on a POSIX system.</exception>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("SIGTERM is a POSIX signal.");
        }

        if (!_process.HasExited && Posix.Kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        return await WaitForExitAsync(timeout).ConfigureAwait(false);
    }

    /// <summary>Kills the process abruptly (SIGKILL: no orderly shutdown) and waits until it is gone (at most 10 s).</summary>
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

    private async Task PumpOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (_output)
            {
                _output.Add(line);
                _waiters.RemoveAll(w => line.StartsWith(w.Prefix, StringComparison.Ordinal) && w.Line.TrySetResult(line));
            }

            if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal) && Address.TryParse(line[ReadyPrefix.Length..], out var address))
            {
                _ready.TrySetResult(address);
            }
        }

        // End of output: the process is exiting; its last error lines say why when it was never ready.
        await _process.WaitForExitAsync().ConfigureAwait(false);
        lock (_output)
        {
            _outputEnded = true;
            foreach (var (prefix, waiter) in _waiters)
            {
                waiter.TrySetException(new InvalidOperationException($"'dotnet {Path.GetFileName(_process.StartInfo.ArgumentList[0])}' exited (code {_process.ExitCode}) without printing a line starting '{prefix}'."));
            }

            _waiters.Clear();
        }

        if (!_ready.Task.IsCompleted)
        {
            await Task.WhenAny(_errorPump, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
            _ready.TrySetException(new InvalidOperationException($"'dotnet {Path.GetFileName(_process.StartInfo.ArgumentList[0])}' exited (code {_process.ExitCode}) before it was ready: {ErrorTail}"));
        }
    }

    private async Task PumpErrorAsync()
    {
        while (await _process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (_errorTail)
            {
                _errorTail.Enqueue(line);
                if (_errorTail.Count > ErrorLinesKept)
                {
                    _errorTail.Dequeue();
                }
            }
        }
    }

    private static class Posix
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);
    }
}
