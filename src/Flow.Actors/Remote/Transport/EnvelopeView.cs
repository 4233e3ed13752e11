namespace Flow.Actors.Remote.Transport;

/// <summary>Offsets of an envelope's fields inside its frame (no copies); sender start is -1 when there is none.</summary>
internal readonly record struct EnvelopeView(int RecipientStart, int RecipientLength, int SenderStart, int SenderLength, int TypeId, int PayloadStart, int PayloadLength, ulong Seq)
{
    public ReadOnlySpan<byte> Recipient(ReadOnlySpan<byte> frame) => frame.Slice(RecipientStart, RecipientLength);

    public ReadOnlySpan<byte> Sender(ReadOnlySpan<byte> frame) => SenderStart < 0 ? default : frame.Slice(SenderStart, SenderLength);

    public ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> frame) => frame.Slice(PayloadStart, PayloadLength);
}
