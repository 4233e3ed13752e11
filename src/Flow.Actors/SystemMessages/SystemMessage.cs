namespace Flow.Actors;

/// <summary>
/// A message of the runtime's own protocol (create, stop, watch, supervise). Processed before any user message,
/// also while the actor is suspended after a failure.
/// </summary>
internal abstract class SystemMessage
{
}
