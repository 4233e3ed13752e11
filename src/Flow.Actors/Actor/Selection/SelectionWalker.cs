namespace Flow.Actors;

/// <summary>Walks path elements (names, <c>..</c>, wildcards) from an actor down the local tree.</summary>
internal static class SelectionWalker
{
    public static List<IInternalActorRef> Resolve(IInternalActorRef? anchor, IReadOnlyList<string> elements)
    {
        var current = new List<IInternalActorRef>();
        if (anchor is null)
        {
            return current;
        }

        current.Add(anchor);
        for (var i = 0; i < elements.Count && current.Count > 0; i++)
        {
            var element = elements[i];
            var next = new List<IInternalActorRef>();
            foreach (var actor in current)
            {
                if (element == "..")
                {
                    // Above the root there is only the runtime's sink, which drops what it is told: no match, so that
                    // the message goes to dead letters instead of vanishing.
                    if (actor.Path.Elements.Count != 0)
                    {
                        next.Add(actor.Parent);
                    }
                }
                else if (element.Contains('*') || element.Contains('?'))
                {
                    if (CellOf(actor) is { } cell)
                    {
                        foreach (var child in cell.Children)
                        {
                            if (Glob.Matches(element, child.Path.Name))
                            {
                                next.Add((IInternalActorRef)child);
                            }
                        }
                    }
                }
                else if (ResolveChild(actor, element) is { } child)
                {
                    next.Add(child);
                }
            }

            current = next;
        }

        current.RemoveAll(static a => a.IsTerminated);
        return current;
    }

    /// <summary>The cell whose children a wildcard enumerates: a local actor's, or a router's (its routees).</summary>
    private static ActorCell? CellOf(IInternalActorRef actor) => actor switch
    {
        LocalActorRef local => local.Cell,
        Routing.RoutedActorRef routed => routed.Cell.Cell,
        _ => null,
    };

    private static IInternalActorRef? ResolveChild(IInternalActorRef actor, string name)
    {
        if (actor is LocalActorRef { Cell: var cell } && cell.Path.Elements.Count == 0)
        {
            return name switch
            {
                "temp" => cell.System.TempContainer,
                "deadLetters" => cell.System.DeadLettersRef,
                _ => actor.GetChild(name),
            };
        }

        return actor.GetChild(name);
    }
}
