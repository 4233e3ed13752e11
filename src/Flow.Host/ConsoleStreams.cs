namespace Flow.Host;

/// <summary>Keeps standard output for what a command prints (results, <c>READY</c>, <c>STOPPED</c>) and nothing else.</summary>
internal static class ConsoleStreams
{
    /// <summary>
    /// Returns a writer to the process' standard output and points <see cref="Console.Out"/> at standard error, so that
    /// whatever else writes to the console — Akka's standard-out logger, which takes over while the ActorSystem stops
    /// and its logger is gone, or a library's own message — lands among the logs, where scripts reading standard output
    /// never see it.
    /// </summary>
    public static TextWriter TakeStandardOutput()
    {
        var stdout = Console.Out;
        Console.SetOut(Console.Error);
        return stdout;
    }
}
