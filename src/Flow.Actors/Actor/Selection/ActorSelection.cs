namespace Flow.Actors;

/// <summary>
/// Actors chosen by a path, resolved when a message is sent: absolute (<c>/user/a/b</c>, <c>flow://sys/user/a</c>) or
/// relative to an actor (<c>child</c>, <c>../sibling</c>), with <c>*</c> and <c>?</c> wildcards in names.
/// A message that matches no actor goes to dead letters; an <see cref="Identify"/> is answered with an empty identity.
/// </summary>
public sealed class ActorSelection
{
    private readonly ActorSystem _system;
    private readonly IInternalActorRef? _anchor;
    private readonly string[] _elements;

    private ActorSelection(ActorSystem system, IInternalActorRef? anchor, string[] elements, string path)
    {
        _system = system;
        _anchor = anchor;
        _elements = elements;
        PathString = path;
    }

    /// <summary>The path as given.</summary>
    public string PathString { get; }

    internal static ActorSelection Create(ActorSystem system, IInternalActorRef relativeTo, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains("://", StringComparison.Ordinal))
        {
            var actorPath = ActorPath.Parse(path);
            var local = actorPath.Address.Equals(system.Address);
            var root = local ? system.RootGuardian
                : actorPath.Address.HasGlobalScope ? system.RemoteHook?.ResolveRemote(ActorPath.Root(actorPath.Address)) : null;
            return new ActorSelection(system, root, [.. actorPath.Elements], path);
        }

        var anchor = path.StartsWith('/') ? system.RootGuardian : relativeTo;
        return new ActorSelection(system, anchor, path.Split('/', StringSplitOptions.RemoveEmptyEntries), path);
    }

    /// <summary>Sends to every actor the path matches (see the type's remarks for no match).</summary>
    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        sender ??= ActorCell.Current?.Self;
        if (_anchor is { IsLocal: false } remoteRoot)
        {
            // The path is walked on the node it names.
            remoteRoot.Tell(new ActorSelectionMessage(message, _elements), sender);
            return;
        }

        var matches = SelectionWalker.Resolve(_anchor, _elements);
        if (matches.Count == 0)
        {
            if (message is Identify identify)
            {
                sender?.Tell(new ActorIdentity(identify.MessageId, null), _system.DeadLetters);
            }
            else
            {
                _system.DeadLettersRef.Deliver(message, sender, _system.DeadLetters, $"no actor at '{PathString}'");
            }

            return;
        }

        foreach (var target in matches)
        {
            target.Tell(message, sender);
        }
    }

    /// <summary>Resolves the path to one actor (the first to answer an <see cref="Identify"/>).</summary>
    /// <exception cref="ActorNotFoundException">No actor lives at the path.</exception>
    /// <exception cref="AskTimeoutException">No answer within <paramref name="timeout"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive.</exception>
    public async Task<IActorRef> ResolveOne(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, $"ResolveOne of '{PathString}' needs a positive timeout.");
        }

        var promise = new PromiseActorRef(_system.TempContainer);
        promise.Start(_system.DeadLetters, timeout, _system.TimeProvider, CancellationToken.None);
        Tell(new Identify(null), promise);
        var reply = await promise.Task.ConfigureAwait(false);
        return reply is ActorIdentity { Subject: { } subject }
            ? subject
            : throw new ActorNotFoundException($"No actor found at '{PathString}'.");
    }

    internal static void Deliver(ActorSelectionMessage selection, IInternalActorRef from, IActorRef? sender)
    {
        foreach (var target in SelectionWalker.Resolve(from, selection.Elements))
        {
            target.Tell(selection.Message, sender);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"ActorSelection[{PathString}]";
}
