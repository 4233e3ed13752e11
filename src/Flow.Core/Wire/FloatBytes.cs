using System.Buffers;
using System.Runtime.InteropServices;

namespace Flow.Core.Wire;

/// <summary>
/// The bytes of a float array (little-endian machines), without copying them: what a float vector is written as, wrapped
/// in a protobuf <c>ByteString</c> for the time a message is written. The floats must not change meanwhile (documents'
/// vectors are immutable values).
/// </summary>
internal sealed class FloatBytes : MemoryManager<byte>
{
    private readonly float[] _array;
    private readonly int _start;
    private readonly int _length;

    private FloatBytes(float[] array, int start, int length)
    {
        _array = array;
        _start = start;
        _length = length;
    }

    /// <summary>The bytes of <paramref name="values"/> without a copy when they are (part of) an array; null otherwise.</summary>
    public static ReadOnlyMemory<byte>? Of(ReadOnlyMemory<float> values) =>
        MemoryMarshal.TryGetArray(values, out var segment) && segment.Array is { } array
            ? new FloatBytes(array, segment.Offset, segment.Count).Memory
            : null;

    /// <inheritdoc />
    public override Span<byte> GetSpan() => MemoryMarshal.AsBytes(_array.AsSpan(_start, _length));

    /// <inheritdoc />
    public override unsafe MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length * sizeof(float));
        var handle = GCHandle.Alloc(_array, GCHandleType.Pinned);
        var first = (byte*)handle.AddrOfPinnedObject() + (_start * sizeof(float)) + elementIndex;
        return new MemoryHandle(first, handle);
    }

    /// <inheritdoc />
    public override void Unpin()
    {
        // The handle Pin returned is freed when that MemoryHandle is disposed.
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Nothing owned: the array belongs to the vector.
    }
}
