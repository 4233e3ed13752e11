namespace Flow.Actors.Remote.Transport;

/// <summary>
/// A small map from path bytes to resolved refs, so that the hot path decodes no string for known paths.
/// Owned by one connection's reader; cleared when it grows past its bound.
/// </summary>
internal sealed class ByteKeyCache<T>(int capacity)
    where T : class
{
    private readonly Dictionary<int, (byte[] Key, T Value)> _entries = [];

    public T? Get(ReadOnlySpan<byte> key)
    {
        return _entries.TryGetValue(Hash(key), out var entry) && key.SequenceEqual(entry.Key) ? entry.Value : null;
    }

    public void Set(ReadOnlySpan<byte> key, T value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[Hash(key)] = (key.ToArray(), value);
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode();
    }
}
