namespace Flow.Hocon.Parsing;

/// <summary>Where an include looks for its target.</summary>
internal enum IncludeKind
{
    /// <summary>A bare quoted name: a file relative to the including file (in a class-path resource: a resource beside it).</summary>
    Heuristic,
    File,
    Classpath,
    Url,
}
