using System.Collections;

namespace Flow.Hocon;

/// <summary>A list of values; read-only.</summary>
public sealed class ConfigList : ConfigValue, IReadOnlyList<ConfigValue>
{
    private readonly List<ConfigValue> _items;

    /// <summary>Creates a list holding the given values.</summary>
    /// <param name="items">The values, in order.</param>
    /// <param name="origin">Where it was defined.</param>
    public ConfigList(IEnumerable<ConfigValue> items, ConfigOrigin origin)
        : base(origin)
    {
        _items = new List<ConfigValue>(items);
        foreach (var item in _items)
        {
            // A parse-time object may still gain substitutions through dotted keys after this list sees it,
            // so a list holding one always goes through resolution.
            IsUnresolvedList |= item.IsUnresolved || item is ConfigObject { IsMutable: true };
        }
    }

    /// <inheritdoc />
    public override ConfigValueType Type => ConfigValueType.List;

    /// <summary>The number of values.</summary>
    public int Count => _items.Count;

    /// <summary>The value at an index.</summary>
    /// <param name="index">0-based index.</param>
    public ConfigValue this[int index] => _items[index];

    /// <inheritdoc />
    internal override bool IsUnresolved => IsUnresolvedList;

    private bool IsUnresolvedList { get; }

    /// <inheritdoc />
    public IEnumerator<ConfigValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
