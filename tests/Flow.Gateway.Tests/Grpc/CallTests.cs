using Flow.Gateway.Protos.Jina;
using Flow.Gateway.Tests.Support;
using Grpc.Core;

namespace Flow.Gateway.Tests.Grpc;

public sealed class CallTests(FlowFixture fixture) : IClassFixture<FlowFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private async Task<List<DataRequestProto>> CallAsync(params DataRequestProto[] requests)
    {
        var client = new JinaRPC.JinaRPCClient(fixture.Gateway.Channel);
        using var cancel = new CancellationTokenSource(Bound);
        using var call = client.Call(cancellationToken: cancel.Token);
        foreach (var r in requests)
        {
            await call.RequestStream.WriteAsync(r);
        }

        await call.RequestStream.CompleteAsync();
        var responses = new List<DataRequestProto>();
        while (await call.ResponseStream.MoveNext(cancel.Token))
        {
            responses.Add(call.ResponseStream.Current);
        }

        return responses;
    }

    [Fact]
    public async Task Call_ThreeRequests_AnswersEachWithItsIdDocumentsAndRoute()
    {
        var responses = await CallAsync(Requests.Data("r1", "/upper", "x"), Requests.Data("r2", "/upper", "y", "z"), Requests.Data("r3", "/echo", "w"));

        Assert.Equal(["r1", "r2", "r3"], responses.Select(r => r.Header.RequestId).Order());
        var r2 = responses.Single(r => r.Header.RequestId == "r2");
        Assert.Equal(StatusProto.Types.StatusCode.Success, r2.Header.Status.Code);
        Assert.Equal("/upper", r2.Header.ExecEndpoint);
        Assert.Equal(["Y", "Z"], r2.Data.Docs.Docs.Select(d => d.Text));
        Assert.Equal(["r2-d0", "r2-d1"], r2.Data.Docs.Docs.Select(d => d.Id));
        Assert.True(r2.Data.Docs.Docs[0].Tags.Fields["seen_by_a"].BoolValue);
        Assert.True(r2.Data.Docs.Docs[0].Tags.Fields["seen_by_b"].BoolValue);
        Assert.Equal(["gateway", "a", "b"], r2.Routes.Select(r => r.Executor));
        Assert.All(r2.Routes, r => Assert.Equal(StatusProto.Types.StatusCode.Success, r.Status.Code));
        Assert.NotNull(r2.Routes[0].StartTime);
        Assert.NotNull(r2.Routes[0].EndTime);
        Assert.True(r2.Routes[0].EndTime.ToDateTime() >= r2.Routes[0].StartTime.ToDateTime());
        Assert.Equal("w", responses.Single(r => r.Header.RequestId == "r3").Data.Docs.Docs[0].Text);
    }

    [Fact]
    public async Task Call_ExecutorThrows_ErrorResponseWithExceptionAndStreamGoesOn()
    {
        var responses = await CallAsync(Requests.Data("bad", "/fail", "x"), Requests.Data("good", "/upper", "y"));

        var bad = responses.Single(r => r.Header.RequestId == "bad");
        Assert.Equal(StatusProto.Types.StatusCode.Error, bad.Header.Status.Code);
        Assert.Equal("InvalidOperationException", bad.Header.Status.Exception.Name);
        Assert.Equal(["boom on 1 documents"], bad.Header.Status.Exception.Args);
        Assert.Equal("a", bad.Header.Status.Exception.Executor);
        Assert.NotEmpty(bad.Header.Status.Exception.Stacks);
        Assert.Equal(["gateway", "a"], bad.Routes.Select(r => r.Executor));
        Assert.Equal(StatusProto.Types.StatusCode.Error, bad.Routes[1].Status.Code);
        Assert.Equal("Y", responses.Single(r => r.Header.RequestId == "good").Data.Docs.Docs[0].Text);
    }

    [Fact]
    public async Task Call_UnknownEndpointAndBadDtype_ErrorResponsesNamingTheFieldAndStreamGoesOn()
    {
        var badDtype = Requests.Data("dtype", "/echo", "x");
        badDtype.Data.Docs.Docs[0].Embedding = new Protos.DocArray.NdArrayProto { Dense = Requests.Dense([1f, 2f], "<c8") };

        var responses = await CallAsync(Requests.Data("unknown", "/nope", "x"), badDtype, Requests.Data("ok", "/upper", "y"));

        var unknown = responses.Single(r => r.Header.RequestId == "unknown");
        Assert.Equal(StatusProto.Types.StatusCode.Error, unknown.Header.Status.Code);
        Assert.Equal("UnknownEndpointError", unknown.Header.Status.Exception.Name);
        Assert.Equal(["header.exec_endpoint: endpoint '/nope' is bound by no executor of the Flow"], unknown.Header.Status.Exception.Args);
        var dtype = responses.Single(r => r.Header.RequestId == "dtype");
        Assert.Equal("BadRequestError", dtype.Header.Status.Exception.Name);
        Assert.Equal(
            ["data.docs[0].embedding.dense.dtype: dtype '<c8' is not supported (float16/32/64, int8/16/32/64, uint8/16/32/64 and bool are)"],
            dtype.Header.Status.Exception.Args);
        Assert.Equal("Y", responses.Single(r => r.Header.RequestId == "ok").Data.Docs.Docs[0].Text);
    }

    [Fact]
    public async Task Call_ParametersAndTargetExecutor_ResultsMergedAndOnlyTargetRuns()
    {
        var request = Requests.Data("p", "/result", "x", "y");
        request.Parameters.Fields["echo"] = Google.Protobuf.WellKnownTypes.Value.ForString("hi");
        request.Header.TargetExecutor = "b";

        var response = Assert.Single(await CallAsync(request));

        Assert.Equal("b", response.Header.TargetExecutor);
        var results = response.Parameters.Fields["__results__"].StructValue.Fields;
        Assert.Equal(["b/rep-0"], results.Keys);
        Assert.Equal(2, results["b/rep-0"].StructValue.Fields["count"].NumberValue);
        Assert.Equal("hi", results["b/rep-0"].StructValue.Fields["echo"].StringValue);
    }

    [Fact]
    public async Task Call_DocsBytes_AnsweredAsDocsBytes()
    {
        var request = Requests.Data("bytes", "/upper", "x");
        var docs = request.Data.Docs;
        request.Data = new DataRequestProto.Types.DataContentProto { DocsBytes = Google.Protobuf.MessageExtensions.ToByteString(docs) };

        var response = Assert.Single(await CallAsync(request));

        Assert.Equal(DataRequestProto.Types.DataContentProto.DocumentsOneofCase.DocsBytes, response.Data.DocumentsCase);
        Assert.Equal("X", Protos.DocArray.DocumentArrayProto.Parser.ParseFrom(response.Data.DocsBytes).Docs[0].Text);
    }
}
