namespace Flow.Core.Runs;

/// <summary>Where an executor is within a request run.</summary>
internal enum NodeStatus : byte
{
    Waiting = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
    Skipped = 4,
}
