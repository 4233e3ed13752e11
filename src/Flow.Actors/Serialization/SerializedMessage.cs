namespace Flow.Actors.Serialization;

/// <summary>
/// One of Flow's wire messages already written (by <see cref="MessageSizeGuard"/>, which measured it), sent in its place
/// to an actor on another node: <see cref="FlowSerializer"/> hands <see cref="Bytes"/> to the remoting under the
/// message's own <see cref="Manifest"/>, so the message is written once and the receiver reads the message itself. It
/// is never delivered on its own node (a dead letter names the message it carries).
/// </summary>
/// <param name="Message">The message.</param>
/// <param name="Manifest">Its manifest (<see cref="FlowSerializer.Manifest"/>).</param>
/// <param name="Bytes">Its bytes (<see cref="FlowSerializer.ToBinary"/>); not to be changed.</param>
internal sealed record SerializedMessage(object Message, string Manifest, byte[] Bytes)
{
    /// <inheritdoc />
    public override string ToString() => $"{Message} ({Bytes.Length} bytes written)";
}
