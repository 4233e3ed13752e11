namespace Flow.Hocon.Resolution;

/// <summary>
/// Substitution lookups: the path in the tree (prefixed for includes, then unprefixed), then the environment.
/// A lookup resolves only what lies on its path (see <c>Resolver.Candidates.cs</c>), so <c>a = ${b}</c> followed
/// by <c>a.x = 1</c> finds <c>a.x</c> without resolving the rest of <c>b</c>. A lookup that reaches a value under
/// resolution sees the definitions before it (self-reference) or is a cycle.
/// </summary>
internal sealed partial class Resolver
{
    private ConfigValue? Lookup(Substitution substitution)
    {
        _lookupLevel++;
        _lookups.Push(substitution);
        try
        {
            var candidates = new List<ConfigValue>(2);
            if (FindCandidates(substitution.Path, substitution, candidates) && Merge(candidates, substitution) is { } found)
            {
                return found;
            }

            if (substitution.UnprefixedPath is { } unprefixed
                && FindCandidates(unprefixed, substitution, candidates)
                && Merge(candidates, substitution) is { } foundUnprefixed)
            {
                return foundUnprefixed;
            }

            // The specification: a variable set to the empty string is kept as such, not treated as absent.
            var variable = _environment(substitution.Expression);
            if (variable is not null)
            {
                return new ConfigString(variable, substitution.Origin);
            }

            if (substitution.Optional)
            {
                return null;
            }

            throw new ConfigResolveException(
                substitution.Origin,
                substitution.Expression,
                $"could not resolve substitution {substitution.Describe()}: path '{substitution.Expression}' is not defined in the configuration nor as an environment variable");
        }
        catch (CycleDetected) when (substitution.Optional)
        {
            return null;
        }
        finally
        {
            _lookups.Pop();
            _lookupLevel--;
        }
    }

    /// <summary>Resolves the definitions found at a path into one value: the newest, merged with older objects while it is an object.</summary>
    private ConfigValue? Merge(List<ConfigValue> candidates, Substitution substitution)
    {
        ConfigValue? result = null;
        foreach (var candidate in candidates)
        {
            var value = candidate is LazyValue lazy ? Force(lazy, substitution) : ResolveValue(candidate);
            if (value is null)
            {
                continue;
            }

            if (result is null)
            {
                result = value;
            }
            else if (result is ConfigObject newer && value is ConfigObject older)
            {
                result = Merger.MergeResolved(newer, older);
            }
            else
            {
                break;
            }

            if (result is not ConfigObject)
            {
                break;
            }
        }

        return result;
    }

    private ConfigValue? Force(LazyValue lazy, Substitution substitution)
    {
        if (!_inProgress.TryGetValue(lazy, out var progress))
        {
            return ResolveValue(lazy);
        }

        // A self-referential definition sees the definitions before it; an object definition that refers to the
        // whole key it defines (a = ${b}, a { x = ${a} }) is the specification's unbreakable cycle.
        if (lazy is MergeStack stack && progress.Index + 1 < stack.Items.Count && stack.Items[progress.Index] is not ConfigObject)
        {
            var key = (stack, progress.Index + 1);
            if (!_stackViews.TryGetValue(key, out var view))
            {
                view = ResolveStack(stack, progress.Index + 1);
                _stackViews[key] = view;
            }

            return view;
        }

        // Reached from within its own definition: a self-reference with no earlier definition means "undefined".
        if (progress.Level == _lookupLevel - 1)
        {
            return null;
        }

        throw new CycleDetected(substitution);
    }

    private static ConfigResolveException Cycle(ConfigValue value)
    {
        var path = value is Substitution substitution ? substitution.Expression : "?";
        var what = value is Substitution s ? s.Describe() : "a value";
        return new ConfigResolveException(value.Origin, path, $"substitution cycle: {what} depends on itself (path '{path}')");
    }

    /// <summary>
    /// A cycle found while resolving a substitution. It unwinds (nothing on the way is memoized) to the nearest
    /// optional substitution, which is then undefined, or to the nearest definition stack, which then looks back
    /// past the definition that led into the cycle, as the specification requires; otherwise resolution fails.
    /// </summary>
    private sealed class CycleDetected(ConfigValue at) : Exception
    {
        public ConfigValue At { get; } = at;
    }
}
