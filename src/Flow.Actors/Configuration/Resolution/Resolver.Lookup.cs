namespace Flow.Actors.Configuration.Resolution;

/// <summary>
/// Substitution lookups: the path in the tree (prefixed for includes, then unprefixed), then the environment.
/// A lookup resolves only what lies on its path: at each segment it keeps the definitions that merge into the
/// value there (newest first), so <c>a = ${b}</c> followed by <c>a.x = 1</c> finds <c>a.x</c> without resolving
/// the rest of <c>b</c>. A lookup that reaches a value under resolution sees the definitions before it
/// (self-reference) or is a cycle.
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

    /// <summary>
    /// Fills <paramref name="candidates"/> with the unresolved definitions found at <paramref name="path"/>,
    /// newest first: the first one that is not an object hides the rest. False when the path is not defined.
    /// </summary>
    private bool FindCandidates(string[] path, Substitution substitution, List<ConfigValue> candidates)
    {
        candidates.Clear();
        candidates.Add(_root);
        var shapes = new List<ConfigValue>(2);
        foreach (var segment in path)
        {
            shapes.Clear();
            foreach (var candidate in candidates)
            {
                if (!Expand(candidate, substitution, shapes))
                {
                    break;
                }
            }

            candidates.Clear();
            foreach (var shape in shapes)
            {
                if (shape is not ConfigObject obj)
                {
                    break;
                }

                if (obj.TryGetValue(segment, out var child))
                {
                    candidates.Add(child);
                }
            }

            if (candidates.Count == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds what <paramref name="value"/> is made of, newest first, resolving as little as possible: objects (whose
    /// fields stay unresolved) and at most one non-object, which ends the list. False once a non-object was added.
    /// </summary>
    private bool Expand(ConfigValue value, Substitution substitution, List<ConfigValue> shapes)
    {
        if (value is not LazyValue lazy)
        {
            shapes.Add(value);
            return value is ConfigObject;
        }

        if (_done.TryGetValue(lazy, out var done))
        {
            return done is null || Expand(done, substitution, shapes);
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (lazy)
        {
            case MergeStack stack:
                var from = _inProgress.TryGetValue(stack, out var progress) ? progress.Index + 1 : 0;
                for (var i = from; i < stack.Items.Count; i++)
                {
                    if (!Expand(stack.Items[i], substitution, shapes))
                    {
                        return false;
                    }
                }

                return true;
            case Concatenation concatenation when HasObjectPiece(concatenation) && !IsSelfReferencing(concatenation):
                // Objects in a concatenation merge, the later over the earlier: a stack in reverse.
                for (var i = concatenation.Pieces.Count - 1; i >= 0; i--)
                {
                    var piece = concatenation.Pieces[i];
                    if (piece is ConfigString { IsWhitespace: true })
                    {
                        continue;
                    }

                    if (!Expand(piece, substitution, shapes))
                    {
                        return false;
                    }
                }

                return true;
            case Substitution inner when !_inProgress.ContainsKey(inner):
                return ExpandSubstitution(inner, shapes);
            default:
                var forced = Force(lazy, substitution);
                return forced is null || Expand(forced, substitution, shapes);
        }
    }

    /// <summary>Expands the definitions a substitution refers to, without resolving them whole.</summary>
    private bool ExpandSubstitution(Substitution inner, List<ConfigValue> shapes)
    {
        _inProgress[inner] = new InProgress(_lookupLevel, 0);
        _lookupLevel++;
        _lookups.Push(inner);
        try
        {
            var candidates = new List<ConfigValue>(2);
            if (FindCandidates(inner.Path, inner, candidates)
                || (inner.UnprefixedPath is { } unprefixed && FindCandidates(unprefixed, inner, candidates)))
            {
                foreach (var candidate in candidates)
                {
                    if (!Expand(candidate, inner, shapes))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
        catch (CycleDetected) when (inner.Optional)
        {
            return true;
        }
        finally
        {
            _lookups.Pop();
            _lookupLevel--;
            _inProgress.Remove(inner);
        }

        // Not in the tree: the environment or nothing; the full resolution reports a required one that is missing.
        var resolved = ResolveValue(inner);
        return resolved is null || Expand(resolved, inner, shapes);
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

    private bool IsSelfReferencing(Concatenation concatenation) =>
        _inProgress.TryGetValue(concatenation, out var progress) && progress.Index == SelfReferencing;

    private static bool HasObjectPiece(Concatenation concatenation)
    {
        foreach (var piece in concatenation.Pieces)
        {
            if (piece is ConfigObject)
            {
                return true;
            }
        }

        return false;
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
