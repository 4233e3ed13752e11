using System.Runtime.Serialization;
using Flow.Actors.Executors;
using Flow.Actors.Serialization;

namespace Flow.Actors.Tests.Wire;

/// <summary>Whatever a peer sends, reading it fails with a <see cref="SerializationException"/> naming the manifest (never another exception, never a crash).</summary>
public sealed class FlowSerializerErrorTests
{
    private static readonly FlowSerializer Serializer = new(null!);

    [Fact]
    public void FromBinary_UnknownManifest_SerializationExceptionNamingIt()
    {
        var e = Assert.Throws<SerializationException>(() => Serializer.FromBinary([8, 1], "Nope"));
        Assert.Equal("Flow cannot read a message with manifest 'Nope' (2 bytes): the manifest is not one of Flow's (a newer or different peer?).", e.Message);
    }

    [Theory]
    [InlineData("SC", new byte[] { 0xFF, 0xFF, 0xFF })]
    [InlineData("CR", new byte[] { 0x0A, 0x05, 0x08 })]
    [InlineData("RWd", new byte[] { 0x22, 0x02, 0x7B, 0x7B })]
    [InlineData("SC", new byte[] { 0x12, 0x03, 0x30, 0x07, 0x00 })]
    [InlineData("RWc", new byte[] { 0x08, 0x01 })]
    [InlineData("GP", new byte[] { 0x0A, 0x00 })]
    public void FromBinary_MalformedBytes_SerializationExceptionNamingTheManifest(string manifest, byte[] bytes)
    {
        var e = Assert.Throws<SerializationException>(() => Serializer.FromBinary(bytes, manifest));
        Assert.StartsWith($"Flow cannot read a message with manifest '{manifest}' ({bytes.Length} bytes): ", e.Message);
    }

    [Fact]
    public void FromBinary_TruncatedMessages_AlwaysSerializationException()
    {
        foreach (var (manifest, message) in WireSamples.All())
        {
            var bytes = Serializer.ToBinary(message);
            for (var length = 1; length < bytes.Length; length++)
            {
                var cut = bytes.AsSpan(0, length).ToArray();
                try
                {
                    Serializer.FromBinary(cut, manifest);
                }
                catch (SerializationException)
                {
                    // Refused, as it should; a shorter message may also be a valid one.
                }
            }
        }
    }

    [Fact]
    public void FromBinary_RandomBytes_NeverAnythingButSerializationException()
    {
        var random = new Random(11);
        foreach (var (manifest, _) in WireSamples.All())
        {
            for (var i = 0; i < 200; i++)
            {
                var bytes = new byte[random.Next(1, 64)];
                random.NextBytes(bytes);
                try
                {
                    Serializer.FromBinary(bytes, manifest);
                }
                catch (SerializationException)
                {
                }
            }
        }
    }

    [Fact]
    public void FromBinary_DeeplyNestedDocuments_RefusedNotStackOverflow()
    {
        // A document nested 200 levels deep through its chunks (field 12 of DocumentProto, field 1 of the array).
        var inner = Array.Empty<byte>();
        for (var i = 0; i < 200; i++)
        {
            var doc = Prefix(0x62, inner);
            inner = Prefix(0x0A, doc);
        }

        var bytes = Prefix(0x12, inner);
        var e = Assert.Throws<SerializationException>(() => Serializer.FromBinary(bytes, "CR"));
        Assert.Contains("recursion", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToBinary_NotAFlowMessage_SerializationExceptionNamingTheType()
    {
        var e = Assert.Throws<SerializationException>(() => Serializer.ToBinary(new Uri("http://x")));
        Assert.Equal("System.Uri is not one of Flow's wire messages: FlowSerializer has no manifest for it (bind it to another serializer).", e.Message);
        Assert.Throws<SerializationException>(() => Serializer.Manifest(42));
    }

    [Fact]
    public void ToBinary_ParametersThatCannotBeWritten_SerializationExceptionNamingTheType()
    {
        var parameters = new System.Text.Json.Nodes.JsonObject { ["x"] = double.NaN };
        var e = Assert.Throws<SerializationException>(() => Serializer.ToBinary(new Core.Runs.CallResult(WireSamples.Key, [], parameters, null)));
        Assert.StartsWith("Flow cannot write a message of type Flow.Core.Runs.CallResult: ", e.Message);
    }

    private static byte[] Prefix(byte tag, byte[] payload)
    {
        var length = new List<byte>();
        var n = (uint)payload.Length;
        while (n >= 0x80)
        {
            length.Add((byte)(n | 0x80));
            n >>= 7;
        }

        length.Add((byte)n);
        return [tag, .. length, .. payload];
    }
}
