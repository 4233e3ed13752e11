namespace Flow.Actors.Routing;

/// <summary>
/// Decides how a pool grows and shrinks. The router asks <see cref="IsTimeForResize"/> on the sender's thread for every
/// routed message, and calls <see cref="Resize"/> on its own thread (never concurrently) when it says yes, and once
/// when the pool starts. Implementations must be thread-safe for <see cref="IsTimeForResize"/>.
/// </summary>
public abstract class Resizer
{
    /// <summary>Whether to resize now; <paramref name="messageCounter"/> counts routed messages from 1 (0 is the pool's start).</summary>
    public abstract bool IsTimeForResize(long messageCounter);

    /// <summary>How many routees to add (positive) or remove (negative) given the current ones.</summary>
    /// <param name="currentRoutees">The pool's routees, in routing order; removals take the last ones.</param>
    public abstract int Resize(IReadOnlyList<Routee> currentRoutees);
}
