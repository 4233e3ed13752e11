namespace Flow.Hocon.Parsing;

/// <summary>The documents currently being included, innermost last: an include of one of them is a cycle.</summary>
internal sealed class IncludeContext
{
    private const int MaxDepth = 50;
    private readonly List<string> _chain = new();

    /// <summary>Enters a document; false when it is already being parsed (a cycle) or the chain is too deep.</summary>
    public bool TryEnter(string document)
    {
        if (_chain.Count >= MaxDepth || _chain.Contains(document))
        {
            return false;
        }

        _chain.Add(document);
        return true;
    }

    /// <summary>Leaves the innermost document.</summary>
    public void Exit() => _chain.RemoveAt(_chain.Count - 1);

    /// <summary>The chain as text for an error message.</summary>
    public string Describe(string next) => string.Join(" -> ", _chain) + " -> " + next;
}
