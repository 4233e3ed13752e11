namespace Flow.Hocon.Parsing;

/// <summary>
/// What the includes of one load share: where <c>classpath(...)</c> looks, and the documents currently being included,
/// innermost last (an include of one of them is a cycle).
/// </summary>
internal sealed class IncludeContext
{
    private const int MaxDepth = 50;
    private readonly List<string> _chain = new();

    /// <summary>A context whose class path is <see cref="ConfigClasspath.LoadedAssemblies"/>.</summary>
    public IncludeContext()
        : this(null)
    {
    }

    /// <summary>A context reading <c>classpath(...)</c> includes from <paramref name="classpath"/> (null: the default).</summary>
    public IncludeContext(ConfigClasspath? classpath) => Classpath = classpath ?? ConfigClasspath.LoadedAssemblies;

    /// <summary>Where <c>classpath(...)</c> includes (and bare includes inside class-path resources) look.</summary>
    public ConfigClasspath Classpath { get; }

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
