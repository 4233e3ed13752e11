namespace Flow.Actors;

/// <summary>The <see cref="IStash"/> of an actor, kept by its cell.</summary>
internal sealed class CellStash(ActorCell cell) : IStash
{
    public int Count => cell.StashCount;

    public void Stash() => cell.StashCurrent();

    public void Unstash() => cell.UnstashOne();

    public void UnstashAll() => cell.UnstashAll();

    public void UnstashAll(Func<object, bool> predicate) => cell.UnstashAll(predicate);

    public IReadOnlyList<object> ClearStash() => cell.ClearStash();
}
