using Flow.Actors.Dispatch;

namespace Flow.Actors;

internal sealed partial class ActorCell
{
    private LinkedList<Envelope>? _stash;

    /// <summary>Stashes the current message; it is taken again by an unstash, or dead-lettered when the actor stops.</summary>
    public void StashCurrent()
    {
        if (_currentMessage is null)
        {
            throw new InvalidOperationException($"{Path}: there is no current message to stash (Stash is valid only while processing a message).");
        }

        _stash ??= new LinkedList<Envelope>();
        _stash.AddLast(new Envelope(_currentMessage, _currentSender));
    }

    public int StashCount => _stash?.Count ?? 0;

    /// <summary>Puts the oldest stashed message back in front of the mailbox.</summary>
    public void UnstashOne()
    {
        if (_stash is { Count: > 0 } stash)
        {
            var one = new LinkedList<Envelope>();
            one.AddLast(stash.First!.Value);
            stash.RemoveFirst();
            _mailbox.Prepend(one);
        }
    }

    /// <summary>Puts every stashed message (that matches) back in front of the mailbox, oldest first.</summary>
    public void UnstashAll(Func<object, bool>? predicate = null)
    {
        if (_stash is not { Count: > 0 } stash)
        {
            return;
        }

        if (predicate is null)
        {
            _mailbox.Prepend(stash);
            stash.Clear();
            return;
        }

        var selected = new LinkedList<Envelope>();
        for (var node = stash.First; node is not null;)
        {
            var next = node.Next;
            if (predicate(node.Value.Message))
            {
                stash.Remove(node);
                selected.AddLast(node.Value);
            }

            node = next;
        }

        _mailbox.Prepend(selected);
    }

    /// <summary>Empties the stash and returns what it held, oldest first.</summary>
    public IReadOnlyList<object> ClearStash()
    {
        if (_stash is null)
        {
            return [];
        }

        var list = new List<object>(_stash.Count);
        foreach (var e in _stash)
        {
            list.Add(e.Message);
        }

        _stash.Clear();
        return list;
    }

    private void UnstashAllForRestart() => UnstashAll();

    private void DropStash()
    {
        if (_stash is null)
        {
            return;
        }

        foreach (var e in _stash)
        {
            System.DeadLettersRef.Deliver(e.Message, e.Sender, Self);
        }

        _stash = null;
    }
}
