namespace Flow.Actors.Routing;

/// <summary>
/// A message that names its own consistent-hashing key: messages with equal keys go to the same routee of a
/// consistent-hashing router (for as long as its routees do not change).
/// </summary>
public interface IConsistentHashable
{
    /// <summary>
    /// The key. Strings, byte arrays, integers and Guids hash by value, identically in every process; any other
    /// object hashes by its <see cref="object.ToString"/>.
    /// </summary>
    object ConsistentHashKey { get; }
}
