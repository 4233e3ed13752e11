namespace Flow.Hocon.Resolution;

/// <summary>
/// Resolves a parsed tree against itself (then the environment): each lazy value resolves once, lookups walk the
/// tree forcing only what lies on their path, and a lookup that reaches a value under resolution is either a
/// self-reference (it sees the definitions before it) or a cycle.
/// </summary>
internal sealed partial class Resolver
{
    private readonly ConfigObject _root;
    private readonly Func<string, string?> _environment;
    private readonly Dictionary<ConfigValue, ConfigValue?> _done = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(MergeStack Stack, int From), ConfigValue?> _stackViews = new();
    private readonly Dictionary<ConfigValue, InProgress> _inProgress = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<Substitution> _lookups = new();
    private int _lookupLevel;

    private Resolver(ConfigObject root, Func<string, string?> environment)
    {
        _root = root;
        _environment = environment;
    }

    /// <summary>Resolves the whole tree; throws <see cref="ConfigException"/> for unresolvable substitutions and cycles.</summary>
    public static ConfigObject Resolve(ConfigObject root, Func<string, string?>? environment = null)
    {
        var resolver = new Resolver(root, environment ?? Environment.GetEnvironmentVariable);
        try
        {
            return (ConfigObject)resolver.ResolveValue(root)!;
        }
        catch (CycleDetected cycle)
        {
            throw Cycle(cycle.At);
        }
        catch (InsufficientExecutionStackException e)
        {
            var at = resolver._lookups.Count > 0 ? resolver._lookups.Peek() : null;
            throw new ConfigException(
                $"{at?.Origin.ToString() ?? root.Origin.ToString()}: substitutions refer to each other too deeply to resolve (a chain of thousands of substitutions)", e);
        }
    }

    private ConfigValue? ResolveValue(ConfigValue value)
    {
        switch (value)
        {
            case ConfigObject obj when obj.IsMutable || obj.IsUnresolved:
                if (!_done.TryGetValue(obj, out var resolvedObject))
                {
                    resolvedObject = ResolveObject(obj);
                    _done[obj] = resolvedObject;
                }

                return resolvedObject;
            case ConfigList list when list.IsUnresolved:
                if (!_done.TryGetValue(list, out var resolvedList))
                {
                    resolvedList = ResolveList(list);
                    _done[list] = resolvedList;
                }

                return resolvedList;
            case LazyValue lazy:
                if (_done.TryGetValue(lazy, out var done))
                {
                    return done;
                }

                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();

                if (_inProgress.ContainsKey(lazy))
                {
                    throw new CycleDetected(_lookups.Count > 0 ? _lookups.Peek() : lazy);
                }

                _inProgress[lazy] = new InProgress(_lookupLevel, 0);
                ConfigValue? result;
                try
                {
                    result = lazy switch
                    {
                        Substitution substitution => Lookup(substitution),
                        Concatenation concatenation => ResolveConcatenation(concatenation),
                        _ => ResolveStack((MergeStack)lazy, 0),
                    };
                }
                finally
                {
                    _inProgress.Remove(lazy);
                }

                _done[lazy] = result;
                return result;
            default:
                return value;
        }
    }

    /// <summary>
    /// Resolves every field. A parse-time object whose fields all resolve to themselves is frozen and reused
    /// rather than copied: most of a configuration has no substitutions.
    /// </summary>
    private ConfigValue? ResolveObject(ConfigObject obj)
    {
        var resolved = System.Buffers.ArrayPool<ConfigValue?>.Shared.Rent(obj.Count);
        try
        {
            var changed = !obj.IsMutable;
            var i = 0;
            foreach (var field in obj)
            {
                var value = ResolveValue(field.Value);
                changed |= !ReferenceEquals(value, field.Value);
                resolved[i++] = value;
            }

            if (!changed)
            {
                obj.Freeze();
                return obj;
            }

            var result = new ConfigObject(obj.Origin, mutable: false);
            i = 0;
            foreach (var field in obj)
            {
                if (resolved[i++] is { } value)
                {
                    result.Set(field.Key, value);
                }
            }

            return result;
        }
        finally
        {
            System.Buffers.ArrayPool<ConfigValue?>.Shared.Return(resolved, clearArray: true);
        }
    }

    private ConfigValue? ResolveList(ConfigList list)
    {
        var items = new List<ConfigValue>(list.Count);
        foreach (var item in list)
        {
            var resolved = ResolveValue(item);
            if (resolved is not null)
            {
                items.Add(resolved);
            }
        }

        return new ConfigList(items, list.Origin);
    }

    private ConfigValue? ResolveConcatenation(Concatenation concatenation)
    {
        var pieces = new List<ConfigValue?>(concatenation.Pieces.Count);
        var level = _inProgress[concatenation].Level;
        foreach (var piece in concatenation.Pieces)
        {
            // A substitution piece makes the field self-referential: lookups reaching the field look back past it.
            // A substitution inside an object piece does not: its lookups see the field's other pieces.
            _inProgress[concatenation] = new InProgress(level, piece is Substitution ? SelfReferencing : 0);
            var resolved = ResolveValue(piece);

            // The specification: a substitution that evaluates to null concatenates as "", not "null".
            pieces.Add(piece is Substitution && resolved is ConfigNull && concatenation.Pieces.Count > 1
                ? new ConfigString(string.Empty, resolved.Origin)
                : resolved);
        }

        return ConcatenationFolder.Fold(pieces, concatenation.Origin, resolved: true);
    }

    private ConfigValue? ResolveStack(MergeStack stack, int from)
    {
        var saved = _inProgress.TryGetValue(stack, out var previous);
        ConfigValue? result = null;
        var i = from;
        try
        {
            for (; i < stack.Items.Count && result is null; i++)
            {
                _inProgress[stack] = new InProgress(_lookupLevel, i);
                try
                {
                    result = ResolveValue(stack.Items[i]);
                }
                catch (CycleDetected) when (i + 1 < stack.Items.Count && stack.Items[i] is not ConfigObject)
                {
                    // The specification: a cycle through a self-referential definition is broken by looking back in
                    // the merge stack (b = ${a}, a = 1, a = ${b}); a cycle inside an object definition stays an error.
                    result = null;
                }
            }

            for (; i < stack.Items.Count && result is ConfigObject newer; i++)
            {
                _inProgress[stack] = new InProgress(_lookupLevel, i);
                var older = ResolveValue(stack.Items[i]);
                if (older is ConfigObject olderObject)
                {
                    result = Merger.MergeResolved(newer, olderObject);
                }
                else if (older is not null)
                {
                    break;
                }
            }
        }
        finally
        {
            if (saved)
            {
                _inProgress[stack] = previous;
            }
            else
            {
                _inProgress.Remove(stack);
            }
        }

        return result;
    }

    /// <summary>The <see cref="InProgress.Index"/> of a concatenation while one of its substitution pieces resolves.</summary>
    private const int SelfReferencing = 1;

    private readonly record struct InProgress(int Level, int Index);
}
