namespace Flow.Hocon.Resolution;

/// <summary>
/// The definitions a lookup finds on its path, resolving as little as possible: at each segment the definitions
/// that merge into the value there (newest first), expanding substitutions, stacks and object concatenations
/// into the objects they are made of without resolving those objects' other fields.
/// </summary>
internal sealed partial class Resolver
{
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
                // While a substitution or concatenation in the stack resolves, the key is self-referential and lookups
                // look back past it; while an object in it resolves, they look forward at every definition.
                var from = _inProgress.TryGetValue(stack, out var progress) && stack.Items[progress.Index] is not ConfigObject
                    ? progress.Index + 1
                    : 0;
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
}
