namespace Flow.Core.Flows;

/// <summary>Where a definition came from in a YAML file (1-based line), for error messages.</summary>
/// <param name="File">The file name (or a description of the text's origin).</param>
/// <param name="Line">The 1-based line.</param>
public readonly record struct SourceLocation(string File, long Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
