using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Core.Tests.Executors;

public sealed class ExecutorInstanceTests
{
    private static ExecutorInstance Create<T>(string name = "exec", JsonObject? usesWith = null) =>
        ExecutorInstance.Create(typeof(T), new ExecutorRuntimeInfo(name), usesWith);

    private static DocumentArray OneDoc(string text = "original") => new([new Document { Id = "d", Text = text }]);

    private static Task<ExecutorOutput> Invoke(ExecutorInstance e, string endpoint, DocumentArray? docs = null, JsonObject? parameters = null) =>
        e.InvokeAsync(new ExecutorInput(endpoint, docs ?? OneDoc(), parameters)).AsTask();

    [Fact]
    public async Task Invoke_NoHandlers_ReturnsSameDocumentsUnhandled()
    {
        var docs = OneDoc();
        var output = await Invoke(Create<NoHandlers>(), "/index", docs);
        Assert.True(output.IsSuccess);
        Assert.False(output.Handled);
        Assert.Same(docs, output.Docs);
    }

    [Fact]
    public async Task Invoke_BaseExecutor_IsNoOp()
    {
        var output = await Invoke(Create<BaseExecutor>(), "/search");
        Assert.False(output.Handled);
        Assert.Equal("original", output.Docs[0].Text);
    }

    [Theory]
    [InlineData("/index", "bound")]
    [InlineData("/search", "bound")]
    [InlineData("search", "bound")]
    [InlineData("/default", "default")]
    [InlineData("/anything-else", "default")]
    public async Task Invoke_Endpoint_RoutesToBoundElseDefaultHandler(string endpoint, string expected)
    {
        var output = await Invoke(Create<Endpoints>(), endpoint);
        Assert.True(output.Handled);
        Assert.Equal(expected, output.Docs[0].Text);
    }

    [Fact]
    public void Create_Endpoints_ListsBoundEndpointsAndDefault()
    {
        var e = Create<Endpoints>();
        Assert.Equal(new[] { "/index", "/search" }, e.Endpoints.Order());
        Assert.True(e.HasDefaultHandler);
        Assert.True(e.Handles("/whatever"));
        Assert.False(Create<NoHandlers>().Handles("/index"));
    }

    [Theory]
    [InlineData("/void", "in place")]
    [InlineData("/null", "null return")]
    [InlineData("/task", "task")]
    [InlineData("/valuetask", "valuetask")]
    [InlineData("/nothing", "original")]
    public async Task Invoke_HandlerReturnsNothing_InPlaceChangesAreResult(string endpoint, string expected)
    {
        var output = await Invoke(Create<Shapes>(), endpoint);
        Assert.True(output.IsSuccess);
        Assert.Null(output.Result);
        Assert.Equal(expected, output.Docs[0].Text);
    }

    [Theory]
    [InlineData("/replace", "new")]
    [InlineData("/task-of", "from-task")]
    public async Task Invoke_HandlerReturnsDocumentArray_ReplacesDocs(string endpoint, string expectedId)
    {
        var output = await Invoke(Create<Shapes>(), endpoint);
        Assert.True(output.IsSuccess);
        Assert.Equal(new[] { expectedId }, output.Docs.Select(d => d.Id));
    }

    [Theory]
    [InlineData("/dict", "{\"count\":1,\"name\":\"x\"}")]
    [InlineData("/json", "{\"ok\":true}")]
    [InlineData("/valuetask-of", "{\"n\":7}")]
    public async Task Invoke_HandlerReturnsDictionary_ResultSetDocsUnchanged(string endpoint, string expectedJson)
    {
        var output = await Invoke(Create<Shapes>(), endpoint);
        Assert.True(output.IsSuccess);
        Assert.Equal(expectedJson, output.Result!.ToJsonString());
        Assert.Equal("original", output.Docs[0].Text);
    }

    [Fact]
    public async Task Invoke_HandlerReturnsInt_ErrorNamingHandler()
    {
        var output = await Invoke(Create<Shapes>("shapes"), "/int");
        Assert.False(output.IsSuccess);
        Assert.Equal("shapes", output.Error!.Executor);
        Assert.Contains("Shapes.Number returned Int32", output.Error.Message);
    }

    [Theory]
    [InlineData("/throw", "InvalidOperationException", "boom")]
    [InlineData("/throw-async", "ArgumentException", "async boom")]
    public async Task Invoke_HandlerThrows_ErrorWithDetailsAndEditsDiscarded(string endpoint, string type, string message)
    {
        var docs = OneDoc();
        var output = await Invoke(Create<Shapes>("shapes"), endpoint, docs);

        Assert.False(output.IsSuccess);
        Assert.Equal("shapes", output.Error!.Executor);
        Assert.Equal(type, output.Error.ExceptionType);
        Assert.Equal(message, output.Error.Message);
        Assert.Contains("Shapes.Throw", output.Error.StackTrace);
        Assert.Same(docs, output.Docs);
        Assert.Equal("original", output.Docs[0].Text);
        Assert.Empty(output.Docs[0].Tags);
    }

    [Fact]
    public async Task Invoke_AfterHandlerThrew_NextCallSucceeds()
    {
        var e = Create<Shapes>();
        await Invoke(e, "/throw");
        var output = await Invoke(e, "/void");
        Assert.Equal("in place", output.Docs[0].Text);
    }

    [Fact]
    public async Task Invoke_CopyOwnership_InputDocsNotMutatedOnSuccess()
    {
        var docs = OneDoc();
        var output = await Invoke(Create<Shapes>(), "/void", docs);
        Assert.Equal("in place", output.Docs[0].Text);
        Assert.Equal("original", docs[0].Text);
    }

    [Fact]
    public async Task Invoke_TransferOwnership_HandlerEditsInputDirectly()
    {
        var docs = OneDoc();
        var output = await Create<Shapes>().InvokeAsync(new ExecutorInput("/void", docs) { Ownership = DocsOwnership.Transfer });
        Assert.Same(docs, output.Docs);
        Assert.Equal("in place", docs[0].Text);
    }

    [Fact]
    public async Task Invoke_Parameters_HandlerSeesScopedViewAndCannotChangeRequest()
    {
        var parameters = new JsonObject { ["top_k"] = 1, ["shapes__top_k"] = 2, ["other__x"] = 3 };
        var output = await Invoke(Create<Shapes>("shapes"), "/params", parameters: parameters);
        Assert.Equal("{\"top_k\":2}", output.Docs[0].Text);
        Assert.Equal("{\"top_k\":1,\"shapes__top_k\":2,\"other__x\":3}", parameters.ToJsonString());
    }

    [Fact]
    public async Task Invoke_Parts_DocsAreConcatenationMatrixAreParts()
    {
        var parts = new[] { OneDoc("a"), new DocumentArray([new Document { Id = "x" }, new Document { Id = "y" }]) };
        using var cts = new CancellationTokenSource();
        var output = await Create<Shapes>().InvokeAsync(ExecutorInput.FromParts("/matrix", parts), cts.Token);
        Assert.Equal("parts=2 docs=3 cancel=True", output.Docs[0].Text);
        Assert.Equal(new[] { "d", "x", "y" }, output.Docs.Select(d => d.Id));
        Assert.Equal("a", parts[0][0].Text);
    }

    [Fact]
    public async Task Invoke_NoParts_MatrixIsSingleEntry()
    {
        var output = await Invoke(Create<Shapes>(), "/matrix");
        Assert.Equal("parts=1 docs=1 cancel=False", output.Docs[0].Text);
    }

    [Fact]
    public void Create_UsesWith_BindsByNameWithConversionAndDefaults()
    {
        var e = (WithArgs)Create<WithArgs>("indexer", new JsonObject { ["dim"] = "128", ["top_k"] = 3, ["weights"] = new JsonArray(1, 2.5) }).Executor;
        Assert.Equal(128, e.Dim);
        Assert.Equal("cosine", e.Metric);
        Assert.Equal(3, e.TopK);
        Assert.Equal(new[] { 1d, 2.5d }, e.Weights);
        Assert.Equal("indexer", e.NameSeenInCtor);
    }

    [Fact]
    public void Create_MissingRequiredParameter_ErrorNamesExecutorAndParameter()
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => Create<WithArgs>("indexer", new JsonObject { ["metric"] = "l2" }));
        Assert.Equal("indexer", e.Executor);
        Assert.Equal("Executor 'indexer': WithArgs: required constructor parameter 'dim' (Int32) is missing from uses_with.", e.Message);
    }

    [Fact]
    public void Create_UnconvertibleValue_ErrorNamesExecutorAndParameter()
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => Create<WithArgs>("indexer", new JsonObject { ["dim"] = "wide" }));
        Assert.StartsWith("Executor 'indexer': uses_with 'dim' = \"wide\" cannot be converted to Int32", e.Message);
    }

    [Fact]
    public void Create_UnknownUsesWithKey_ErrorNamesKey()
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => Create<WithArgs>("indexer", new JsonObject { ["dim"] = 1, ["colour"] = "red" }));
        Assert.Contains("uses_with key 'colour' matches no constructor parameter (parameters: dim, metric, topK, weights)", e.Message);
    }

    [Fact]
    public void Create_ConstructorThrows_ErrorNamesExecutor()
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => Create<ThrowingCtor>("encoder"));
        Assert.Equal("Executor 'encoder': ThrowingCtor constructor threw InvalidOperationException: cannot load model", e.Message);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void Create_RuntimeInfoParameter_ReceivesRuntime()
    {
        var runtime = new ExecutorRuntimeInfo("r", ShardId: 1, ShardCount: 2);
        var e = (WithRuntime)ExecutorInstance.Create(typeof(WithRuntime), runtime, new JsonObject { ["label"] = "L" }).Executor;
        Assert.Same(runtime, e.Given);
        Assert.Same(runtime, e.Runtime);
        Assert.Equal("L", e.Label);
    }

    [Theory]
    [InlineData(typeof(BadParameter), "parameter 'unknown' of type String cannot be bound")]
    [InlineData(typeof(TwoDefaults), "declares two default handlers")]
    [InlineData(typeof(SameEndpointTwice), "binds endpoint '/x' twice")]
    public void Create_MalformedHandlers_ErrorNamesExecutor(Type type, string expected)
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => ExecutorInstance.Create(type, new ExecutorRuntimeInfo("bad")));
        Assert.StartsWith("Executor 'bad': ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task DisposeAsync_CalledTwice_ClosesOnce()
    {
        var instance = Create<Closing>();
        await instance.DisposeAsync();
        await instance.DisposeAsync();
        await instance.Executor.DisposeAsync();
        Assert.Equal(1, ((Closing)instance.Executor).Closes);
    }

    [Fact]
    public async Task Invoke_InterfaceTypedInputs_Bound()
    {
        var output = await Invoke(Create<InterfaceInputs>(), "/interfaces", parameters: new JsonObject { ["a"] = 1, ["b"] = 2 });
        Assert.Equal("2:1", output.Docs[0].Text);
    }

    [Fact]
    public async Task Invoke_OverrideOfAttributedBaseHandler_OverrideRuns()
    {
        var output = await Invoke(Create<Derived>(), "/inherited");
        Assert.Equal("derived", output.Docs[0].Text);
    }

    [Fact]
    public void HandlerTable_SameType_BoundOnce()
    {
        Assert.Same(HandlerTable.For(typeof(Shapes)), HandlerTable.For(typeof(Shapes)));
    }

    [Fact]
    public async Task Invoke_ResultStoredUnderRuntimeName_ViaParameterScope()
    {
        var instance = ExecutorInstance.Create(typeof(Shapes), new ExecutorRuntimeInfo("s", ShardId: 1, ShardCount: 2));
        var output = await instance.InvokeAsync(new ExecutorInput("/dict", OneDoc()));
        var response = new JsonObject();
        ParameterScope.AddResult(response, instance.Runtime.RuntimeName, output.Result);
        Assert.Equal("{\"__results__\":{\"s/shard-1/rep-0\":{\"count\":1,\"name\":\"x\"}}}", response.ToJsonString());
    }
}
