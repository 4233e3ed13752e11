using Flow.TestKit.MultiNode;

namespace Flow.Cluster.Tests.Support;

/// <summary>What a short command printed and how it exited.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Its standard output, line by line.</param>
/// <param name="Error">Its standard error (the last 200 lines).</param>
internal sealed record CliResult(int ExitCode, IReadOnlyList<string> Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{string.Join('\n', Output)}\nstderr:\n{Error}";
}

/// <summary>Runs a short-lived command (<c>flow status</c>, <c>flow post</c>, a sample) to its end, bounded.</summary>
internal static class Cli
{
    /// <summary>The bound of a command that talks to a running cluster (a .NET start, an ActorSystem, one round trip).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<CliResult> RunAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        using var process = NodeProcess.Start(dll, arguments, environment, workingDirectory);
        var code = await process.WaitForExitAsync(timeout ?? Timeout);
        return new CliResult(code, process.Output, process.ErrorTail);
    }

    /// <summary><c>flow &lt;arguments&gt;</c>.</summary>
    public static Task<CliResult> FlowAsync(params string[] arguments) => RunAsync(Products.Flow, arguments);
}
