using System.Collections.Concurrent;

namespace Flow.Actors;

/// <summary>The virtual <c>/temp</c> actor: holds the short-lived refs of pending asks so that paths resolve to them.</summary>
internal sealed class TempContainer(ActorSystem system, ActorPath path) : ActorRefBase
{
    private readonly ConcurrentDictionary<string, IInternalActorRef> _children = new(StringComparer.Ordinal);
    private long _next;

    public override ActorPath Path { get; } = path;

    public override IInternalActorRef Parent => system.RootGuardian;

    public int Count => _children.Count;

    public override void Tell(object message, IActorRef? sender) => system.DeadLettersRef.Deliver(message, sender, this);

    public ActorPath NextPath() => Path.Child("$" + Interlocked.Increment(ref _next).ToString(global::System.Globalization.CultureInfo.InvariantCulture), 1);

    public void Add(IInternalActorRef child) => _children[child.Path.Name] = child;

    public void Remove(IInternalActorRef child) => _children.TryRemove(new KeyValuePair<string, IInternalActorRef>(child.Path.Name, child));

    public override IInternalActorRef? GetChild(string name) => _children.TryGetValue(name, out var child) ? child : null;
}
