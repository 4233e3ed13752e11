using System.Net;
using System.Text;
using Flow.Gateway.Protos.DocArray;
using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Tests.Support;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Flow.Gateway.Tests.Fuzz;

/// <summary>
/// Random and mutated messages at both front doors (seeded, so a failure replays): every one gets an answer within a
/// bound, none an unexpected status (gRPC UNKNOWN or INTERNAL from a handler, HTTP 500), and the gateway still serves a
/// valid request afterwards.
/// </summary>
public sealed class FuzzTests(FlowFixture fixture) : IClassFixture<FlowFixture>
{
    private const int Messages = 300;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static readonly HashSet<StatusCode> Expected =
    [
        StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.ResourceExhausted,
    ];

    [Fact]
    public async Task ProcessSingleData_RandomAndMutatedMessages_NoCrash()
    {
        var invoker = fixture.Gateway.Channel.CreateCallInvoker();
        var valid = Valid().ToByteArray();
        var mutator = new Mutator(20261203);
        var statuses = new Dictionary<StatusCode, int>();
        for (var i = 0; i < Messages; i++)
        {
            var input = mutator.Next(valid);
            var code = StatusCode.OK;
            string detail = string.Empty;
            try
            {
                await invoker.AsyncUnaryCall(RawMethods.SingleData, null, new CallOptions(deadline: DateTime.UtcNow.Add(Bound)), input);
            }
            catch (RpcException e)
            {
                code = e.StatusCode;
                detail = e.Status.Detail;
            }

            Assert.True(Expected.Contains(code), $"message {i} ({Convert.ToHexString(input)}): {code} {detail}");
            statuses[code] = statuses.GetValueOrDefault(code) + 1;
        }

        Assert.True(statuses.GetValueOrDefault(StatusCode.OK) > 0, "no mutated message was accepted: the mutations never reached the mapping");
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Call_MutatedMessagesOnStreams_EachStreamAnsweredOrEndedWithAClearStatus()
    {
        var invoker = fixture.Gateway.Channel.CreateCallInvoker();
        var valid = Valid().ToByteArray();
        var mutator = new Mutator(42);
        for (var stream = 0; stream < Messages / 10; stream++)
        {
            using var call = invoker.AsyncDuplexStreamingCall(RawMethods.Call, null, new CallOptions(deadline: DateTime.UtcNow.Add(Bound)));
            for (var i = 0; i < 10; i++)
            {
                try
                {
                    await call.RequestStream.WriteAsync(i % 3 == 0 ? valid : mutator.Next(valid));
                }
                catch (RpcException)
                {
                    break; // the server ended the stream: its status is read below
                }
            }

            try
            {
                await call.RequestStream.CompleteAsync();
            }
            catch (RpcException)
            {
                // Already ended by the server.
            }

            try
            {
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                    DataRequestProto.Parser.ParseFrom(call.ResponseStream.Current);
                }
            }
            catch (RpcException e)
            {
                Assert.True(Expected.Contains(e.StatusCode), $"stream {stream}: {e.StatusCode} {e.Status.Detail}");
            }
        }

        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_RandomAndMutatedJson_NeverAServerError()
    {
        var valid = Encoding.UTF8.GetBytes("""
            {"data": [{"id": "f", "text": "fuzz", "tags": {"a": [1, 2, {"b": null}]}, "embedding": [1, 2, 3], "tensor": [[1, 2], [3, 4]],
                       "scores": {"s": {"value": 1}}, "matches": [{"text": "m", "blob": "AAEC"}]}],
             "parameters": {"__results__": {}, "x": 1.5}, "exec_endpoint": "/upper", "target_executor": "a|b"}
            """);
        var mutator = new Mutator(7);
        var allowed = new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity, HttpStatusCode.RequestEntityTooLarge };
        var ok = 0;
        for (var i = 0; i < Messages; i++)
        {
            var input = mutator.Next(valid);
            using var content = new ByteArrayContent(input);
            using var response = await fixture.Gateway.Http.PostAsync("/post", content);
            Assert.True(allowed.Contains(response.StatusCode), $"body {i} ({Encoding.UTF8.GetString(input)}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            ok += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        Assert.True(ok > 0, "no mutated body was accepted: the mutations never reached the mapping");
        using var valid200 = await fixture.Gateway.Http.PostAsync("/post", new ByteArrayContent(valid));
        Assert.Equal(HttpStatusCode.OK, valid200.StatusCode);
    }

    [Fact]
    public async Task ProcessSingleData_NotAProtobufMessage_InvalidArgumentNamingTheMessageType()
    {
        var invoker = fixture.Gateway.Channel.CreateCallInvoker();

        var e = await Assert.ThrowsAsync<RpcException>(async () => await invoker.AsyncUnaryCall(RawMethods.SingleData, null, default, [0x0A, 0xFF, 0x01]));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("malformed jina.DataRequestProto: ", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_NotAProtobufMessage_StreamEndsWithInvalidArgument()
    {
        var invoker = fixture.Gateway.Channel.CreateCallInvoker();
        using var call = invoker.AsyncDuplexStreamingCall(RawMethods.Call, null, new CallOptions(deadline: DateTime.UtcNow.Add(Bound)));
        await call.RequestStream.WriteAsync([0x0A, 0xFF, 0x01]);

        var e = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("malformed jina.DataRequestProto: ", e.Status.Detail, StringComparison.Ordinal);
    }

    private async Task AssertStillServesAsync()
    {
        var client = new JinaSingleDataRequestRPC.JinaSingleDataRequestRPCClient(fixture.Gateway.Channel);
        var response = await client.process_single_dataAsync(Requests.Data("after", "/upper", "still"));
        Assert.Equal("STILL", response.Data.Docs.Docs[0].Text);
    }

    private static DataRequestProto Valid()
    {
        var doc = new DocumentProto { Id = "f", Text = "fuzz", Embedding = new NdArrayProto { Dense = Requests.Dense([1f, 2f, 3f, 4f], "<f4", 2, 2) } };
        doc.Tags = new Struct { Fields = { ["k"] = Value.ForList(Value.ForNumber(1), Value.ForString("v")) } };
        doc.Scores["s"] = new NamedScoreProto { Value = 0.5f, OpName = "cosine" };
        var sparse = new SparseNdArrayProto { Indices = new DenseNdArrayProto { Buffer = ByteString.CopyFrom(new byte[16]), Dtype = "<i8", Shape = { 1, 2 } }, Values = Requests.Dense([1f]) };
        sparse.Shape.Add(1);
        sparse.Shape.Add(4);
        doc.Matches.Add(new DocumentProto { Id = "m", Embedding = new NdArrayProto { Sparse = sparse }, Tensor = new NdArrayProto { Dense = Requests.Dense([1f, 2f]) } });
        doc.Chunks.Add(new DocumentProto { Id = "c", Blob = ByteString.CopyFrom(1, 2, 3), Weight = 2 });
        var docs = new DocumentArrayProto();
        docs.Docs.Add(doc);
        var request = Requests.With("fuzz", "/upper", docs);
        request.Header.TargetExecutor = "a";
        request.Header.Timeout = 10_000;
        return request;
    }
}
