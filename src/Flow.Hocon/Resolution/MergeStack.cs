namespace Flow.Hocon.Resolution;

/// <summary>
/// Definitions of one key that cannot merge before resolution, newest first. The newest wins; while results are
/// objects, older objects merge beneath them. A self-reference from definition i sees definitions i+1 onwards.
/// </summary>
internal sealed class MergeStack : LazyValue
{
    public MergeStack(List<ConfigValue> newestFirst)
        : base(newestFirst[0].Origin) => Items = newestFirst;

    public List<ConfigValue> Items { get; }
}
