using Flow.Actors.Serialization;

namespace Flow.Actors.Remote.Transport;

/// <summary>A system message sent but not yet acknowledged; resent until it is.</summary>
internal sealed record PendingSystemMessage(ulong Seq, RemoteActorRef Recipient, SystemMessage Message, TypeBinding Binding);
