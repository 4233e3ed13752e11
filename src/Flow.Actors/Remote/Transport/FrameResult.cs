namespace Flow.Actors.Remote.Transport;

/// <summary>What <see cref="FrameDecoder.TryRead"/> found at the start of the buffer.</summary>
internal enum FrameResult
{
    Frame,
    NeedMore,
    Invalid,
}
