namespace Flow.Bench.Common;

/// <summary>A finished child process: exit code, output lines, stderr, wall time (ms) and its start / end as UTC ticks seen by the parent.</summary>
internal sealed record ChildResult(int ExitCode, string[] Lines, string Errors, double WallMs, long StartTicks, long ExitTicks);
