using Flow.Actors.Serialization;

namespace Flow.Actors.Remote.Transport;

/// <summary>One queued send: a message (user or system) with its recipient and sender, or a control frame.</summary>
internal readonly record struct OutboundItem(OutboundKind Kind, RemoteActorRef? Recipient, object? Message, IActorRef? Sender, TypeBinding? Binding, ulong Seq);
