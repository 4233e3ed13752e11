namespace Flow.Bench.Overhead;

/// <summary>One way of running the same 3-hop request: its name, one request, and how to stop it.</summary>
internal sealed record OverheadTarget(string Name, Func<Task> Send, Func<Task> StopAsync);
