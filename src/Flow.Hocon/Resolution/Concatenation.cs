namespace Flow.Hocon.Resolution;

/// <summary>A value concatenation that contains substitutions: strings join, lists append, objects merge.</summary>
internal sealed class Concatenation : LazyValue
{
    public Concatenation(List<ConfigValue> pieces, ConfigOrigin origin)
        : base(origin) => Pieces = pieces;

    /// <summary>The pieces in order; whitespace between them is a <see cref="ConfigString"/> marked as whitespace.</summary>
    public List<ConfigValue> Pieces { get; }
}
