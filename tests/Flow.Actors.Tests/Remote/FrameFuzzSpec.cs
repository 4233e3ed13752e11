using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Flow.Actors.Remote;
using Flow.Actors.Remote.Transport;
using Flow.Actors.Serialization;
using Flow.Actors.TestKit;

namespace Flow.Actors.Tests.Remote;

/// <summary>
/// The frame decoder and the inbound handler on garbage: random and mutated frames, fixed seeds, bounded iterations.
/// Nothing may throw; malformed input is reported (the connection would close), never crashes the node.
/// </summary>
public sealed class FrameFuzzSpec
{
    private const int MaximumFrameSize = 64 * 1024;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Decoder_RandomBytes_NeverThrowsAndNeverOverruns(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (bytes.Length >= 4 && random.Next(2) == 0)
            {
                // Plausible lengths reach the kind and payload checks more often.
                bytes[0] = (byte)random.Next(0, 300);
                bytes[1] = bytes[2] = bytes[3] = 0;
            }

            var buffer = new ReadOnlySequence<byte>(bytes);
            var frames = 0;
            while (FrameDecoder.TryRead(ref buffer, MaximumFrameSize, out _, out var payload) == FrameResult.Frame)
            {
                Assert.True(payload.Length < bytes.Length);
                frames++;
            }

            Assert.True(frames <= bytes.Length / 5);
        }
    }

    [Fact]
    public void Decoder_FrameSplitAcrossSegments_ReadsSameFrame()
    {
        var frame = new byte[64];
        var n = EnvelopeCodec.WriteFrame(frame, FrameKind.UserMessage, "r"u8, default, 1, "payload"u8, 0);
        for (var cut = 1; cut < n; cut++)
        {
            var buffer = Segmented(frame.AsSpan(0, cut).ToArray(), frame.AsSpan(cut, n - cut).ToArray());
            Assert.Equal(FrameResult.Frame, FrameDecoder.TryRead(ref buffer, MaximumFrameSize, out var kind, out var payload));
            Assert.Equal(FrameKind.UserMessage, kind);
            Assert.Equal(n - 5, payload.Length);
            Assert.Equal(0, buffer.Length);
        }
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(65_537u)]
    [InlineData(uint.MaxValue)]
    public void Decoder_LengthZeroOrOverLimit_Invalid(uint length)
    {
        var bytes = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes, length);
        bytes[4] = (byte)FrameKind.UserMessage;
        var buffer = new ReadOnlySequence<byte>(bytes);
        Assert.Equal(FrameResult.Invalid, FrameDecoder.TryRead(ref buffer, MaximumFrameSize, out _, out _));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Handler_MutatedValidFrames_NeverThrows(int seed)
    {
        await using var nodes = new RemoteNodes();
        var system = nodes.Start("fuzz", "127.0.0.6");
        var probe = new TestProbe(system, "probe");
        var transport = RemoteNodes.Transport(system);
        // A stopped transport never dials: mutated paths must not make the test connect anywhere.
        transport.Stop();
        var association = transport.GetAssociation(Actors.Address.Parse("flow.tcp://peer@127.0.0.7:1"));
        var seeds = ValidFrames(probe.Ref);
        var random = new Random(seed);
        var delivered = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var frame = (byte[])seeds[random.Next(seeds.Count)].Clone();
            Mutate(frame, random, out var mutated);
            var handler = new InboundHandler(transport, association);
            var buffer = new ReadOnlySequence<byte>(mutated);
            while (FrameDecoder.TryRead(ref buffer, MaximumFrameSize, out var kind, out var payload) == FrameResult.Frame)
            {
                if (!handler.Handle(kind, payload))
                {
                    break;
                }

                delivered++;
            }

            handler.Release();
        }

        Assert.True(delivered > 0);
    }

    [Fact]
    public async Task Handler_UnknownTypeIdThenValidMessage_DropsFirstDeliversSecond()
    {
        await using var nodes = new RemoteNodes();
        var system = nodes.Start("fuzz", "127.0.0.6");
        var probe = new TestProbe(system, "probe");
        var transport = RemoteNodes.Transport(system);
        transport.Stop();
        var handler = new InboundHandler(transport, transport.GetAssociation(Actors.Address.Parse("flow.tcp://peer@127.0.0.7:1")));
        var recipient = Encoding.UTF8.GetBytes(ActorRefWire.Format(probe.Ref.Path));
        Assert.True(Handle(handler, Frame(recipient, 4242, "ignored"u8)));
        Assert.True(Handle(handler, Frame(recipient, 1, "valid"u8)));
        Assert.Equal("valid", await probe.ExpectMsgAsync<string>(TimeSpan.FromSeconds(3)));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Handler_SystemMessageInUserEnvelope_Dropped()
    {
        await using var nodes = new RemoteNodes();
        var system = nodes.Start("fuzz", "127.0.0.6");
        var probe = new TestProbe(system, "probe");
        var transport = RemoteNodes.Transport(system);
        transport.Stop();
        var handler = new InboundHandler(transport, transport.GetAssociation(Actors.Address.Parse("flow.tcp://peer@127.0.0.7:1")));
        var recipient = Encoding.UTF8.GetBytes(ActorRefWire.Format(probe.Ref.Path));
        Assert.True(Handle(handler, Frame(recipient, 113, default)));
        Assert.True(Handle(handler, Frame(recipient, 1, "after"u8)));
        Assert.Equal("after", await probe.ExpectMsgAsync<string>(TimeSpan.FromSeconds(3)));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Listener_GarbageFromRawSocket_ClosedAndNodeKeepsServing()
    {
        await using var nodes = new RemoteNodes();
        var a = nodes.Start("a", "127.0.0.6");
        var b = nodes.Start("b", "127.0.0.7");
        b.ActorOf(Props.Create<RemoteEcho>(), "echo");
        var random = new Random(99);
        for (var i = 0; i < 5; i++)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.6"), 0));
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse("127.0.0.7"), b.Address.Port!.Value));
            var garbage = new byte[random.Next(1, 4096)];
            random.NextBytes(garbage);
            await socket.SendAsync(garbage);
            var reply = new byte[256];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var received = await ReceiveUntilClosedAsync(socket, reply, timeout.Token);
            Assert.True(received >= 0, "the node closed the connection");
        }

        var echo = await a.ActorSelection($"{b.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(5));
        Assert.Equal("alive", await echo.Ask<string>("alive", TimeSpan.FromSeconds(5)));
    }

    private static async Task<int> ReceiveUntilClosedAsync(Socket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            int n;
            try
            {
                n = await socket.ReceiveAsync(buffer, cancellationToken);
            }
            catch (SocketException)
            {
                return total;
            }

            if (n == 0)
            {
                return total;
            }

            total += n;
        }
    }

    private static bool Handle(InboundHandler handler, byte[] frame)
    {
        var buffer = new ReadOnlySequence<byte>(frame);
        Assert.Equal(FrameResult.Frame, FrameDecoder.TryRead(ref buffer, MaximumFrameSize, out var kind, out var payload));
        return handler.Handle(kind, payload);
    }

    private static List<byte[]> ValidFrames(IActorRef probe)
    {
        var recipient = Encoding.UTF8.GetBytes(ActorRefWire.Format(probe.Path));
        var sender = Encoding.UTF8.GetBytes("flow.tcp://peer@127.0.0.7:1/user/s#5");
        var registry = new SerializationRegistry();
        byte[] Payload(object message)
        {
            registry.TryGetByType(message.GetType(), out var binding);
            var buffer = new ArrayBufferWriter<byte>();
            binding.Serializer.Write(message, buffer);
            return buffer.WrittenSpan.ToArray();
        }

        var frames = new List<byte[]>
        {
            Frame(recipient, 1, "hello"u8),
            Frame(recipient, 100, Payload(new Identify(1)), sender),
            Frame(recipient, 101, Payload(new ActorIdentity(1, FakeRef.Of("flow.tcp://peer@127.0.0.7:1/user/x#3"))), sender),
            Frame(recipient, 102, Payload(new Terminated(FakeRef.Of("flow.tcp://peer@127.0.0.7:1/user/x#3"), true, false)), sender),
            Frame(recipient, 107, Payload(new ActorSelectionMessage("x", ["user", "*"])), sender),
            Frame(recipient, 110, Payload(new Watch(FakeRef.Of(ActorRefWire.Format(probe.Path)), FakeRef.Of("flow.tcp://peer@127.0.0.7:1/user/w#9"))), sender, FrameKind.SystemMessage, 1),
            Frame(recipient, 1000, "{\"Text\":\"json\"}"u8, sender),
        };
        var ack = new byte[16];
        ack[0] = 3;
        ack[4] = (byte)FrameKind.SystemAck;
        ack[5] = 8;
        ack[6] = 1;
        frames.Add(ack[..7]);
        var chunk = new byte[256];
        var inner = Frame(recipient, 1, "chunked"u8);
        var n = ChunkAssembler.WriteFrame(chunk, 1, inner.Length - 4, true, inner.AsSpan(4));
        frames.Add(chunk[..n]);
        return frames;
    }

    private static byte[] Frame(byte[] recipient, int typeId, ReadOnlySpan<byte> payload, byte[]? sender = null, FrameKind kind = FrameKind.UserMessage, ulong seq = 0)
    {
        var frame = new byte[5 + EnvelopeCodec.Size(recipient.Length, sender?.Length ?? 0, typeId, payload.Length, seq)];
        EnvelopeCodec.WriteFrame(frame, kind, recipient, sender ?? [], typeId, payload, seq);
        return frame;
    }

    private static void Mutate(byte[] frame, Random random, out byte[] mutated)
    {
        mutated = frame;
        switch (random.Next(5))
        {
            case 0:
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 1:
                frame[random.Next(4, frame.Length)] = (byte)random.Next(256);
                break;
            case 2:
                mutated = frame[..random.Next(frame.Length)];
                break;
            case 3:
                var extra = new byte[random.Next(1, 16)];
                random.NextBytes(extra);
                mutated = [.. frame, .. extra];
                break;
            default:
                // Keep the frame length consistent but scramble the payload so the envelope parser sees the garbage.
                for (var k = 5; k < frame.Length; k++)
                {
                    if (random.Next(8) == 0)
                    {
                        frame[k] = (byte)random.Next(256);
                    }
                }

                break;
        }
    }

    private static ReadOnlySequence<byte> Segmented(byte[] first, byte[] second)
    {
        var head = new Segment(first, 0);
        var tail = head.Append(second);
        return new ReadOnlySequence<byte>(head, 0, tail, second.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
