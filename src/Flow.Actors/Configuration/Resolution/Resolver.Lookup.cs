namespace Flow.Actors.Configuration.Resolution;

/// <summary>
/// Substitution lookups: the path in the tree (prefixed for includes, then unprefixed), then the environment.
/// A lookup that reaches a value under resolution sees the definitions before it (self-reference) or is a cycle.
/// </summary>
internal sealed partial class Resolver
{
    private ConfigValue? Lookup(Substitution substitution)
    {
        _lookupLevel++;
        _lookups.Push(substitution);
        try
        {
            if (TryLookup(substitution.Path, substitution, out var found))
            {
                return found;
            }

            if (substitution.UnprefixedPath is { } unprefixed && TryLookup(unprefixed, substitution, out found))
            {
                return found;
            }

            var variable = _environment(substitution.Expression);
            if (!string.IsNullOrEmpty(variable))
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
        finally
        {
            _lookups.Pop();
            _lookupLevel--;
        }
    }

    private bool TryLookup(string[] path, Substitution substitution, out ConfigValue? found)
    {
        found = null;
        ConfigValue current = _root;
        foreach (var segment in path)
        {
            if (current is LazyValue lazy)
            {
                var forced = Force(lazy, substitution);
                if (forced is null)
                {
                    return false;
                }

                current = forced;
            }

            if (current is not ConfigObject obj || !obj.TryGetValue(segment, out var child))
            {
                return false;
            }

            current = child;
        }

        found = current is LazyValue last ? Force(last, substitution) : ResolveValue(current);
        return found is not null;
    }

    private ConfigValue? Force(LazyValue lazy, Substitution substitution)
    {
        if (!_inProgress.TryGetValue(lazy, out var progress))
        {
            return ResolveValue(lazy);
        }

        if (lazy is MergeStack stack && progress.Index + 1 < stack.Items.Count)
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

        throw Cycle(substitution);
    }

    private static ConfigResolveException Cycle(ConfigValue value)
    {
        var path = value is Substitution substitution ? substitution.Expression : "?";
        var what = value is Substitution s ? s.Describe() : "a value";
        return new ConfigResolveException(value.Origin, path, $"substitution cycle: {what} depends on itself (path '{path}')");
    }
}
