using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Protos;
using Flow.Core.Requests;
using Flow.Core.Wire;
using Google.Protobuf;

namespace Flow.Core.Tests.Wire;

public sealed class RequestProtoConverterTests
{
    [Fact]
    public void Request_RoundTrip_PreservesHeaderEndpointParametersDocs()
    {
        var request = new FlowRequest("/search", new DocumentArray([new Document { Id = "q", Text = "query" }]), new JsonObject { ["top_k"] = 5, ["indexer__limit"] = 2.5 })
        {
            RequestId = "r1",
            TargetExecutor = "index.*",
            Timeout = TimeSpan.FromMilliseconds(1500),
        };

        var bytes = RequestProtoConverter.ToProto(request).ToByteArray();
        var back = RequestProtoConverter.RequestFromProto(DataRequestProto.Parser.ParseFrom(bytes));

        Assert.Equal("r1", back.RequestId);
        Assert.Equal("/search", back.Endpoint);
        Assert.Equal("index.*", back.TargetExecutor);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), back.Timeout);
        Assert.Equal("{\"top_k\":5,\"indexer__limit\":2.5}", back.Parameters.ToJsonString());
        Assert.Equal("query", back.Docs["q"].Text);
    }

    [Fact]
    public void Request_NoTargetNoTimeout_StayNull()
    {
        var back = RequestProtoConverter.RequestFromProto(RequestProtoConverter.ToProto(new FlowRequest("/index")));
        Assert.Null(back.TargetExecutor);
        Assert.Null(back.Timeout);
        Assert.Empty(back.Docs);
    }

    [Fact]
    public void Response_ErrorRoundTrip_PreservesStatusExceptionRoutes()
    {
        var response = new FlowResponse("r1", new DocumentArray([new Document { Id = "a" }]), new JsonObject { ["__results__"] = new JsonObject { ["e/rep-0"] = new JsonObject { ["n"] = 1 } } })
        {
            Error = new FlowError("encoder", "InvalidOperationException", "boom", "at X\nat Y"),
        };
        response.Routes.Add(new RouteEntry("gateway", ResponseStatus.Ok));
        response.Routes.Add(new RouteEntry("encoder", ResponseStatus.Error));

        var proto = DataRequestProto.Parser.ParseFrom(RequestProtoConverter.ToProto(response, "/index").ToByteArray());
        Assert.Equal(StatusProto.Types.StatusCode.Error, proto.Header.Status.Code);
        Assert.Equal("InvalidOperationException", proto.Header.Status.Exception.Name);
        Assert.Equal(new[] { "boom" }, proto.Header.Status.Exception.Args);
        Assert.Equal(new[] { "at X", "at Y" }, proto.Header.Status.Exception.Stacks);
        Assert.Equal("encoder", proto.Header.Status.Exception.Executor);

        var back = RequestProtoConverter.ResponseFromProto(proto);
        Assert.Equal(ResponseStatus.Error, back.Status);
        Assert.Equal(new FlowError("encoder", "InvalidOperationException", "boom", "at X\nat Y"), back.Error);
        Assert.Equal(new[] { new RouteEntry("gateway", ResponseStatus.Ok), new RouteEntry("encoder", ResponseStatus.Error) }, back.Routes);
        Assert.Equal("{\"__results__\":{\"e/rep-0\":{\"n\":1}}}", back.Parameters.ToJsonString());
        Assert.Equal("a", back.Docs[0].Id);
    }

    [Fact]
    public void Response_Ok_HasNoError()
    {
        var back = RequestProtoConverter.ResponseFromProto(RequestProtoConverter.ToProto(new FlowResponse("r", new DocumentArray()), "/x"));
        Assert.Equal(ResponseStatus.Ok, back.Status);
        Assert.Null(back.Error);
    }
}
