using System.Buffers;
using System.Text;
using Flow.Actors.Remote;
using Flow.Actors.Remote.Transport;
using Flow.Actors.Remote.Wire;
using Flow.Actors.Serialization;
using Google.Protobuf;

namespace Flow.Actors.Tests.Remote;

/// <summary>Byte-level snapshots of the runtime's wire contracts: a change here breaks compatibility between nodes.</summary>
public sealed class WireSnapshotSpec
{
    private const string A = "flow.tcp://snap@127.0.0.6:2552/user/a#42";
    private const string B = "flow.tcp://snap@127.0.0.7:2552/user/b#7";
    private static readonly SerializationRegistry Registry = new();

    public static TheoryData<string, object, int, string> RuntimeMessages => new()
    {
        { "string", "hi", 1, "6869" },
        { "int", 258, 2, "02010000" },
        { "long", -2L, 3, "FEFFFFFFFFFFFFFF" },
        { "double", 1.5, 4, "000000000000F83F" },
        { "bool", true, 5, "01" },
        { "bytes", new byte[] { 1, 2, 3 }, 6, "010203" },
        { "identify", new Identify("q"), 100, "0A050801120171" },
        { "identify-null", new Identify(null), 100, "" },
        { "actor-identity", new ActorIdentity(3, FakeRef.Of(A)), 101, "0A0808021204030000001228666C6F772E7463703A2F2F736E6170403132372E302E302E363A323535322F757365722F61233432" },
        { "actor-identity-none", new ActorIdentity(3, null), 101, "0A080802120403000000" },
        { "terminated", new Terminated(FakeRef.Of(A), true, false), 102, "0A28666C6F772E7463703A2F2F736E6170403132372E302E302E363A323535322F757365722F612334321001" },
        { "poison-pill", PoisonPill.Instance, 103, "" },
        { "kill", Kill.Instance, 104, "" },
        { "status-success", new Status.Success("ok"), 105, "0A0608011202 6F6B" },
        { "status-failure", new Status.Failure(new InvalidOperationException("bad")), 106, "0A2053797374656D2E496E76616C69644F7065726174696F6E457863657074696F6E1203626164" },
    };

    [Theory]
    [MemberData(nameof(RuntimeMessages))]
    public void Serialize_RuntimeMessage_MatchesSnapshotAndRoundTrips(string name, object message, int typeId, string expectedHex)
    {
        Assert.True(Registry.TryGetByType(message.GetType(), out var binding), name);
        Assert.Equal(typeId, binding.TypeId);
        var buffer = new ArrayBufferWriter<byte>();
        binding.Serializer.Write(message, buffer);
        Assert.Equal(expectedHex.Replace(" ", string.Empty, StringComparison.Ordinal), Convert.ToHexString(buffer.WrittenSpan));

        var read = FakeResolver.Within(() => binding.Serializer.Read(buffer.WrittenSpan));
        Assert.Equal(message.GetType(), read.GetType());
        switch (message)
        {
            case Status.Failure failure:
                var remote = Assert.IsType<RemoteFailureException>(((Status.Failure)read).Cause);
                Assert.Equal(failure.Cause.GetType().FullName, remote.RemoteType);
                Assert.Equal(failure.Cause.Message, remote.RemoteMessage);
                break;
            case Identify identify:
                Assert.Equal(identify.MessageId, ((Identify)read).MessageId);
                break;
            case byte[] bytes:
                Assert.Equal(bytes, (byte[])read);
                break;
            default:
                Assert.Equal(message, read);
                break;
        }
    }

    [Fact]
    public void Serialize_SystemMessages_MatchSnapshots()
    {
        var watch = new Watch(FakeRef.Of(B), FakeRef.Of(A));
        Assert.Equal(
            "0A27" + Hex(B) + "1228" + Hex(A),
            Write(watch, 110));
        Assert.Equal("0A27" + Hex(B) + "1228" + Hex(A), Write(new Unwatch(FakeRef.Of(B), FakeRef.Of(A)), 111));
        Assert.Equal("0A28" + Hex(A) + "10011801", Write(new DeathWatchNotification(FakeRef.Of(A), true, true), 112));
        Assert.Equal(string.Empty, Write(Terminate.Instance, 113));
        Assert.Equal("0A046563686F120265311A050801120178", Write(new Flow.Actors.Remote.Deployment.DeployRequest("echo", "e1", "x"), 120));
        Assert.Equal("0A037573650A01610A032A2F3F120608011202" + "6869", Write(new ActorSelectionMessage("hi", ["use", "a", "*/?"]), 107));

        var read = (Watch)FakeResolver.Within(() => { Registry.TryGetById(110, out var b); return b.Serializer.Read(Convert.FromHexString(Write(watch, 110))); });
        Assert.Equal(watch.Watchee, read.Watchee);
        Assert.Equal(watch.Watcher, read.Watcher);
    }

    [Fact]
    public void Envelope_HandWrittenFrame_MatchesSnapshotAndGeneratedParser()
    {
        var frame = new byte[128];
        var n = EnvelopeCodec.WriteFrame(frame, FrameKind.SystemMessage, Encoding.UTF8.GetBytes("r"), Encoding.UTF8.GetBytes("s"), 1000, [0xAB, 0xCD], 300);
        Assert.Equal("1100000004" + "0A0172" + "120173" + "18E807" + "2202ABCD" + "28AC02", Convert.ToHexString(frame, 0, n));

        var parsed = RemoteEnvelope.Parser.ParseFrom(frame, 5, n - 5);
        Assert.Equal("r", parsed.Recipient);
        Assert.Equal("s", parsed.Sender);
        Assert.Equal(1000, parsed.TypeId);
        Assert.Equal(new byte[] { 0xAB, 0xCD }, parsed.Payload.ToByteArray());
        Assert.Equal(300UL, parsed.Seq);

        Assert.True(EnvelopeCodec.TryRead(frame.AsSpan(5, n - 5), out var view));
        Assert.Equal(1000, view.TypeId);
        Assert.Equal(300UL, view.Seq);
        Assert.Equal("s", Encoding.UTF8.GetString(view.Sender(frame.AsSpan(5, n - 5))));
    }

    [Fact]
    public void Envelope_WrittenByGeneratedCode_ReadByHandCodec()
    {
        var envelope = new RemoteEnvelope { Recipient = "flow.tcp://x@127.0.0.6:1/user/a#1", TypeId = 1, Payload = Google.Protobuf.ByteString.CopyFromUtf8("hey") };
        var bytes = envelope.ToByteArray();
        Assert.True(EnvelopeCodec.TryRead(bytes, out var view));
        Assert.Equal(-1, view.SenderStart);
        Assert.Equal("hey", Encoding.UTF8.GetString(view.Payload(bytes)));
        Assert.Equal(envelope.Recipient, Encoding.UTF8.GetString(view.Recipient(bytes)));
    }

    [Fact]
    public void Chunk_HandWrittenFrame_MatchesGeneratedParser()
    {
        var frame = new byte[64];
        var n = ChunkAssembler.WriteFrame(frame, 5, 1000, true, [1, 2, 3]);
        Assert.Equal("0F00000008" + "0805" + "15E8030000" + "1801" + "2203010203", Convert.ToHexString(frame, 0, n));
        var parsed = Chunk.Parser.ParseFrom(frame, 5, n - 5);
        Assert.Equal(5UL, parsed.MessageId);
        Assert.Equal(1000U, parsed.TotalSize);
        Assert.True(parsed.Last);
    }

    [Fact]
    public void Registry_UserIdBelowReservedRange_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new SerializationRegistry().RegisterJson<Greeting>(999));
        Assert.Contains("reserved", error.Message);
    }

    [Fact]
    public void Registry_DuplicateIdOrType_ThrowsNamingTypes()
    {
        var registry = new SerializationRegistry().RegisterJson<Greeting>(1000);
        Assert.Contains(typeof(Greeting).FullName!, Assert.Throws<ArgumentException>(() => registry.RegisterJson<Numbered>(1000)).Message);
        Assert.Contains("already registered", Assert.Throws<ArgumentException>(() => registry.RegisterJson<Greeting>(1001)).Message);
    }

    [Fact]
    public void Registry_ProtobufType_RoundTripsByDescriptor()
    {
        var registry = new SerializationRegistry().RegisterProtobuf<SystemAck>(1100);
        Assert.True(registry.TryGetByType(typeof(SystemAck), out var binding));
        var buffer = new ArrayBufferWriter<byte>();
        binding.Serializer.Write(new SystemAck { Seq = 9 }, buffer);
        Assert.Equal("0809", Convert.ToHexString(buffer.WrittenSpan));
        Assert.Equal(new SystemAck { Seq = 9 }, binding.Serializer.Read(buffer.WrittenSpan));
    }

    private static string Write(object message, int typeId)
    {
        Assert.True(Registry.TryGetById(typeId, out var binding));
        Assert.Equal(message.GetType(), binding.Type);
        var buffer = new ArrayBufferWriter<byte>();
        binding.Serializer.Write(message, buffer);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    private static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));
}
