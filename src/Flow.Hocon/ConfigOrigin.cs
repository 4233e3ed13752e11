namespace Flow.Hocon;

/// <summary>Where a value or an error comes from: a file path (or the origin name of a parsed string), a line and a column.</summary>
/// <param name="Description">The file path or origin name; never null.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
public readonly record struct ConfigOrigin(string Description, int Line, int Column)
{
    /// <summary>The origin of values built in code rather than parsed.</summary>
    public static ConfigOrigin None { get; } = new("<none>", 0, 0);

    /// <summary>Renders <c>description:line:column</c>, dropping the numbers when unknown.</summary>
    public override string ToString() =>
        Line <= 0 ? Description : Column <= 0 ? $"{Description}:{Line}" : $"{Description}:{Line}:{Column}";
}
