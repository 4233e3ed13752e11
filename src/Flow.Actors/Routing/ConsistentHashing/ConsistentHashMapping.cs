namespace Flow.Actors.Routing;

/// <summary>
/// Maps a message to its consistent-hashing key, or <c>null</c> when the mapping does not know the message (then the
/// message's own <see cref="IConsistentHashable"/> key is used). Called on the sender's thread; must be thread-safe.
/// </summary>
/// <param name="message">The message being routed.</param>
/// <returns>The key, or <c>null</c>.</returns>
public delegate object? ConsistentHashMapping(object message);
