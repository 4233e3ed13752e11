using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Flow.Hocon.Resolution;

namespace Flow.Hocon;

/// <summary>
/// An object: keys in the order of their first definition, mapped to values. Read-only once it is part of a
/// <see cref="Config"/>; the parser mutates only objects it created itself.
/// </summary>
public sealed class ConfigObject : ConfigValue, IReadOnlyDictionary<string, ConfigValue>
{
    private readonly OrderedDictionary<string, ConfigValue> _fields;
    private bool _unresolved;

    /// <summary>Creates an empty, read-only object.</summary>
    /// <param name="origin">Where it was defined.</param>
    public ConfigObject(ConfigOrigin origin)
        : this(origin, mutable: false)
    {
    }

    internal ConfigObject(ConfigOrigin origin, bool mutable)
        : base(origin)
    {
        _fields = new OrderedDictionary<string, ConfigValue>(StringComparer.Ordinal);
        IsMutable = mutable;
    }

    /// <summary>An empty object without origin.</summary>
    public static ConfigObject Empty { get; } = new(ConfigOrigin.None);

    /// <inheritdoc />
    public override ConfigValueType Type => ConfigValueType.Object;

    /// <summary>The number of keys.</summary>
    public int Count => _fields.Count;

    /// <summary>The keys, in order of first definition.</summary>
    public IEnumerable<string> Keys => _fields.Keys;

    /// <summary>The values, in key order.</summary>
    public IEnumerable<ConfigValue> Values => _fields.Values;

    /// <summary>The value of a key (a single key, not a path).</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">When the key is absent.</exception>
    public ConfigValue this[string key] => _fields[key];

    /// <summary>True when the parser may still add fields to this object in place.</summary>
    internal bool IsMutable { get; private set; }

    /// <inheritdoc />
    internal override bool IsUnresolved => _unresolved;

    /// <summary>The fields in order; same as enumerating the object.</summary>
    public IEnumerable<KeyValuePair<string, ConfigValue>> AsEnumerable() => _fields;

    /// <summary>True when the key (a single key, not a path) is present.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    /// <summary>Looks up a key (a single key, not a path).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value when present.</param>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ConfigValue value) => _fields.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ConfigValue>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds or replaces a field without merging (used when building resolved trees).</summary>
    internal void Set(string key, ConfigValue value)
    {
        _fields[key] = value;
        _unresolved |= value.IsUnresolved;
    }

    /// <summary>Defines a field as a duplicate key does in HOCON: objects merge, other values replace or stack.</summary>
    internal void Define(string key, ConfigValue value)
    {
        if (!_fields.TryGetValue(key, out var existing))
        {
            Set(key, value);
            return;
        }

        Set(key, Merger.Combine(value, existing));
    }

    /// <summary>
    /// True once the object has been merged over a non-object value: as in HOCON, that value hid every older
    /// fallback, so <see cref="Config.WithFallback"/> no longer merges into this object.
    /// </summary>
    internal bool IgnoresFallbacks { get; private set; }

    /// <summary>A read-only copy that ignores later fallbacks.</summary>
    internal ConfigObject WithIgnoredFallbacks()
    {
        var copy = new ConfigObject(Origin, mutable: false) { IgnoresFallbacks = true };
        foreach (var field in _fields)
        {
            copy.Set(field.Key, field.Value);
        }

        return copy;
    }

    /// <summary>Seals the object: later definitions copy it instead of mutating it.</summary>
    internal void Freeze() => IsMutable = false;

    /// <summary>A mutable copy holding the same fields.</summary>
    internal ConfigObject MutableCopy()
    {
        var copy = new ConfigObject(Origin, mutable: true);
        foreach (var field in _fields)
        {
            copy.Set(field.Key, field.Value);
        }

        return copy;
    }
}
