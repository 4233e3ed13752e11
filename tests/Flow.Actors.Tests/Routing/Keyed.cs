using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

/// <summary>A message that carries its consistent-hashing key.</summary>
internal sealed record Keyed(string Key, int N) : IConsistentHashable
{
    public object ConsistentHashKey => Key;
}
