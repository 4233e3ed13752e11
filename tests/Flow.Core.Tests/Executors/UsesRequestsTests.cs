using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;

namespace Flow.Core.Tests.Executors;

/// <summary>Jina's <c>uses_requests</c>: endpoints rebound to named methods of the executor.</summary>
public sealed class UsesRequestsTests
{
    private static ExecutorInstance Create(params (string Endpoint, string Method)[] requests) =>
        ExecutorInstance.Create(typeof(Rebindable), new ExecutorRuntimeInfo("r"), null, requests.ToDictionary(r => r.Endpoint, r => r.Method));

    private static async Task<string?> Invoke(ExecutorInstance e, string endpoint)
    {
        var output = await e.InvokeAsync(new ExecutorInput(endpoint, new DocumentArray([new Document { Id = "d", Text = "x" }]), null));
        return output.Handled ? output.Docs[0].Text : null;
    }

    [Fact]
    public async Task Rebind_MethodMovesToTheNewEndpoint_OthersKeepTheirs()
    {
        var e = Create(("/b", "Foo"), ("/x", "encode_docs"));

        Assert.Equal(["/b", "/x"], e.Endpoints.Order());
        Assert.Equal("foo", await Invoke(e, "/b"));
        Assert.Equal("encoded", await Invoke(e, "/x"));
        Assert.Equal("default", await Invoke(e, "/a"));
        Assert.Equal("default", await Invoke(e, "/c"));
    }

    [Fact]
    public async Task Rebind_Default_BindsTheDefaultHandler()
    {
        var e = Create(("__default__", "Bar"));

        Assert.Equal(["/a"], e.Endpoints.Order());
        Assert.Equal("bar", await Invoke(e, "/anything"));
        Assert.Equal("foo", await Invoke(e, "/a"));
    }

    [Theory]
    [InlineData("nope", "Executor 'r': uses_requests: 'nope' is no method of Rebindable.")]
    [InlineData("Overloaded", "Executor 'r': uses_requests: 'Overloaded' names 2 methods of Rebindable (overloads); give it a single method.")]
    [InlineData("NotAHandler", "Executor 'r': Handler Rebindable.NotAHandler: parameter 'count' of type Int32 cannot be bound; a handler takes DocumentArray (docs), JsonObject (parameters), IReadOnlyList<DocumentArray> (docs matrix) and CancellationToken.")]
    public void Rebind_BadMethod_ConstructionErrorNamesIt(string method, string message)
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => Create(("/b", method)));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void NoRequests_SameTableAsTheType()
    {
        Assert.Equal(["/a", "/b"], ExecutorInstance.Create(typeof(Rebindable), new ExecutorRuntimeInfo("r"), null, new Dictionary<string, string>()).Endpoints.Order());
    }

    private sealed class Rebindable : Executor
    {
        [Requests("/a")]
        public void Foo(DocumentArray docs) => docs[0].Text = "foo";

        [Requests("/b")]
        public void Bar(DocumentArray docs) => docs[0].Text = "bar";

        [Requests]
        public void Fallback(DocumentArray docs) => docs[0].Text = "default";

        public void EncodeDocs(DocumentArray docs) => docs[0].Text = "encoded";

        public void Overloaded(DocumentArray docs) => docs[0].Text = "1";

        public void Overloaded(DocumentArray docs, CancellationToken token) => docs[0].Text = "2";

        public void NotAHandler(int count) => _ = count;
    }
}
