using System.Text;
using Flow.Actors.Serialization;

namespace Flow.Actors.Remote;

/// <summary>
/// A ref to an actor on another node. <see cref="Tell"/> checks the allow-list at once (an unregistered type throws
/// <see cref="ArgumentException"/> naming it) and queues the message on the peer's association; it never blocks.
/// System messages (watch, unwatch, death notifications, stop) travel on the reliable channel.
/// </summary>
internal sealed class RemoteActorRef : ActorRefBase, ISystemBound
{
    private readonly RemoteTransport _transport;
    private readonly Association _association;
    private byte[]? _wireBytes;

    public RemoteActorRef(RemoteTransport transport, Association association, ActorPath path)
    {
        _transport = transport;
        _association = association;
        Path = path;
    }

    public override ActorPath Path { get; }

    public override IInternalActorRef Parent => _transport.ResolveRemote(Path.Parent);

    public override bool IsLocal => false;

    public ActorSystem System => _transport.System;

    /// <summary>The UTF-8 wire form of the path (with uid), computed once.</summary>
    public byte[] WireBytes => _wireBytes ??= Encoding.UTF8.GetBytes(ActorRefWire.Format(Path));

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        var registry = _transport.Settings.Serialization;
        // A selection carries the user's message inside: check that one too, so the error still comes at Tell time.
        var checkedType = message is ActorSelectionMessage selection ? selection.Message.GetType() : message.GetType();
        if (!registry.TryGetByType(message.GetType(), out var binding) || !registry.TryGetByType(checkedType, out _))
        {
            var error = new ArgumentException(
                $"Cannot send {checkedType.FullName} to {Path}: the type is not registered for remoting (register it in RemoteSettings.Serialization with a stable id).",
                nameof(message));
            if (sender is PromiseActorRef promise)
            {
                promise.Fail(error);
            }

            throw error;
        }

        _association.SendUser(this, message, sender, binding);
    }

    public override void SendSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case Watch w when w.Watchee.Equals(this):
                _transport.Watcher.Add(this, w.Watcher);
                _association.SendSystem(this, message);
                break;
            case Unwatch u when u.Watchee.Equals(this):
                _transport.Watcher.Remove(this, u.Watcher);
                _association.SendSystem(this, message);
                break;
            case DeathWatchNotification:
            case Terminate:
                _association.SendSystem(this, message);
                break;
        }
    }

    public override IInternalActorRef? GetChild(string name) => _transport.ResolveRemote(Path.Child(name));

    public override void Stop() => _association.SendSystem(this, Terminate.Instance);
}
