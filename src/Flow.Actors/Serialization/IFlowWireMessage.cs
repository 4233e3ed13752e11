namespace Flow.Actors.Serialization;

/// <summary>
/// Marks a Flow message that may cross nodes: bound to <see cref="FlowSerializer"/> (protobuf, stable manifests) in
/// <c>hocon/reference.conf</c>. Messages that never leave their node implement Akka's
/// <see cref="Akka.Actor.INoSerializationVerificationNeeded"/> instead.
/// </summary>
internal interface IFlowWireMessage
{
}
