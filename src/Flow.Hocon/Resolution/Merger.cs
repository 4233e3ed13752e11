namespace Flow.Hocon.Resolution;

/// <summary>The HOCON rules for a key defined twice, before and after resolution.</summary>
internal static class Merger
{
    /// <summary>
    /// Parse-time: objects merge (the newer's fields win); a newer substitution or concatenation stacks over the
    /// older value (it may refer to it or turn out to be an object); anything else replaces.
    /// </summary>
    public static ConfigValue Combine(ConfigValue newer, ConfigValue older)
    {
        if (newer is ConfigObject newerObject)
        {
            if (older is ConfigObject olderObject)
            {
                var target = olderObject.IsMutable ? olderObject : olderObject.MutableCopy();
                foreach (var field in newerObject)
                {
                    target.Define(field.Key, field.Value);
                }

                return target;
            }

            return older is LazyValue ? Stack(newer, older) : newer;
        }

        return newer is LazyValue ? Stack(newer, older) : newer;
    }

    /// <summary>
    /// Parse-time merge of a layer over the layers beneath it (<see cref="Config.Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>): as
    /// <see cref="Combine"/>, but the document's keys come first in its own order, then the fallback's other keys.
    /// </summary>
    public static ConfigObject CombineFallback(ConfigObject newer, ConfigObject older)
    {
        var result = new ConfigObject(newer.Origin, mutable: true);
        foreach (var field in newer)
        {
            if (!older.TryGetValue(field.Key, out var olderValue))
            {
                result.Set(field.Key, field.Value);
            }
            else if (field.Value is ConfigObject newerChild && olderValue is ConfigObject olderChild)
            {
                result.Set(field.Key, CombineFallback(newerChild, olderChild));
            }
            else
            {
                result.Set(field.Key, Combine(field.Value, olderValue));
            }
        }

        AddMissing(result, older);
        return result;
    }

    /// <summary>Resolution-time merge of two resolved objects: keys keep the older's order, values the newer's.</summary>
    public static ConfigObject MergeResolved(ConfigObject newer, ConfigObject older) => MergeResolved(newer, older, newerOrder: false);

    /// <summary>
    /// <see cref="Config.WithFallback"/>: a resolved merge whose keys come in the receiver's order, then the
    /// fallback's other keys, so a file's settings print where the file defines them.
    /// </summary>
    public static ConfigObject MergeFallback(ConfigObject newer, ConfigObject older) => MergeResolved(newer, older, newerOrder: true);

    private static ConfigObject MergeResolved(ConfigObject newer, ConfigObject older, bool newerOrder)
    {
        if (newer.IgnoresFallbacks || older.Count == 0)
        {
            return newer;
        }

        if (newer.Count == 0)
        {
            return older;
        }

        var result = new ConfigObject(newer.Origin, mutable: false);
        if (!newerOrder)
        {
            AddMissing(result, older);
        }

        foreach (var field in newer)
        {
            if (field.Value is not ConfigObject newerChild || !older.TryGetValue(field.Key, out var olderValue))
            {
                result.Set(field.Key, field.Value);
            }
            else if (olderValue is ConfigObject olderChild)
            {
                result.Set(field.Key, MergeResolved(newerChild, olderChild, newerOrder));
            }
            else
            {
                // The older non-object hid everything beneath it: later fallbacks must not merge into this object.
                result.Set(field.Key, newerChild.IgnoresFallbacks ? newerChild : newerChild.WithIgnoredFallbacks());
            }
        }

        if (newerOrder)
        {
            AddMissing(result, older);
        }

        return result;
    }

    private static void AddMissing(ConfigObject result, ConfigObject older)
    {
        foreach (var field in older)
        {
            if (!result.ContainsKey(field.Key))
            {
                result.Set(field.Key, field.Value);
            }
        }
    }

    /// <summary>
    /// Stacks two definitions, flattening stacks on either side: a stack nested as one item would hide its own older
    /// definitions from its self-references (<c>roles = [a]</c>, <c>roles += b</c> in an include or a layer over another
    /// definition of <c>roles</c> must still see <c>[a]</c>).
    /// </summary>
    private static MergeStack Stack(ConfigValue newer, ConfigValue older)
    {
        var items = new List<ConfigValue>();
        AddFlattened(items, newer);
        AddFlattened(items, older);
        return new MergeStack(items);
    }

    private static void AddFlattened(List<ConfigValue> items, ConfigValue value)
    {
        if (value is MergeStack stack)
        {
            items.AddRange(stack.Items);
        }
        else
        {
            items.Add(value);
        }
    }
}
