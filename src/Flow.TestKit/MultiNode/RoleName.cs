namespace Flow.TestKit.MultiNode;

/// <summary>A node of a multi-node spec, by the role it plays (<c>seed</c>, <c>first</c>, ...).</summary>
/// <param name="Name">The role's name.</param>
public sealed record RoleName(string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
