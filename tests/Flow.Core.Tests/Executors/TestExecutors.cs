using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Core.Tests.Executors;

public sealed class NoHandlers : Executor
{
}

public sealed class Endpoints : Executor
{
    [Requests("/index", "search")]
    public void Tag(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text = "bound";
        }
    }

    [Requests]
    public void Fallback(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text = "default";
        }
    }
}

public sealed class Shapes : Executor
{
    [Requests("/void")]
    public void InPlace(DocumentArray docs) => docs[0].Text = "in place";

    [Requests("/replace")]
    public DocumentArray Replace() => new([new Document { Id = "new" }]);

    [Requests("/dict")]
    public Dictionary<string, object> Dict(DocumentArray docs) => new() { ["count"] = docs.Count, ["name"] = "x" };

    [Requests("/json")]
    public JsonObject Json() => new() { ["ok"] = true };

    [Requests("/int")]
    public int Number() => 42;

    [Requests("/null")]
    public DocumentArray? Null(DocumentArray docs)
    {
        docs[0].Text = "null return";
        return null;
    }

    [Requests("/task")]
    public async Task TaskVoid(DocumentArray docs)
    {
        await Task.Yield();
        docs[0].Text = "task";
    }

    [Requests("/task-of")]
    public async Task<DocumentArray> TaskOf()
    {
        await Task.Yield();
        return new DocumentArray([new Document { Id = "from-task" }]);
    }

    [Requests("/valuetask")]
    public ValueTask ValueTaskVoid(DocumentArray docs)
    {
        docs[0].Text = "valuetask";
        return ValueTask.CompletedTask;
    }

    [Requests("/valuetask-of")]
    public async ValueTask<Dictionary<string, int>> ValueTaskOf()
    {
        await Task.Yield();
        return new() { ["n"] = 7 };
    }

    [Requests("/throw")]
    public void Throw(DocumentArray docs)
    {
        docs[0].Text = "partial edit";
        docs[0].Tags["dirty"] = true;
        throw new InvalidOperationException("boom");
    }

    [Requests("/throw-async")]
    public async Task ThrowAsync(DocumentArray docs)
    {
        docs[0].Text = "partial edit";
        await Task.Yield();
        throw new ArgumentException("async boom");
    }

    [Requests("/params")]
    public void Params(DocumentArray docs, JsonObject parameters)
    {
        docs[0].Text = parameters.ToJsonString();
        parameters["mutated"] = true;
    }

    [Requests("/matrix")]
    public void Matrix(IReadOnlyList<DocumentArray> matrix, DocumentArray docs, CancellationToken token)
    {
        docs[0].Text = $"parts={matrix.Count} docs={docs.Count} cancel={token.CanBeCanceled}";
    }

    [Requests("/nothing")]
    public void Nothing()
    {
    }
}

public sealed class WithArgs : Executor
{
    public WithArgs(int dim, string metric = "cosine", int topK = 5, double[]? weights = null)
    {
        Dim = dim;
        Metric = metric;
        TopK = topK;
        Weights = weights;
        NameSeenInCtor = Runtime.Name;
    }

    public int Dim { get; }

    public string Metric { get; }

    public int TopK { get; }

    public double[]? Weights { get; }

    public string NameSeenInCtor { get; }
}

public sealed class WithRuntime(ExecutorRuntimeInfo runtime, string label) : Executor
{
    public ExecutorRuntimeInfo Given { get; } = runtime;

    public string Label { get; } = label;
}

public sealed class ThrowingCtor : Executor
{
    public ThrowingCtor() => throw new InvalidOperationException("cannot load model");
}

public sealed class Closing : Executor
{
    public int Closes { get; private set; }

    protected override void Close() => Closes++;
}

public sealed class BadParameter : Executor
{
    [Requests]
    public void Handle(string unknown)
    {
    }
}

public sealed class TwoDefaults : Executor
{
    [Requests]
    public void A()
    {
    }

    [Requests]
    public void B()
    {
    }
}

public sealed class SameEndpointTwice : Executor
{
    [Requests("/x")]
    public void A()
    {
    }

    [Requests("x")]
    public void B()
    {
    }
}

public sealed class InterfaceInputs : Executor
{
    [Requests("/interfaces")]
    public void Handle(IDictionary<string, JsonNode?> parameters, IEnumerable<DocumentArray> matrix, DocumentArray docs)
    {
        docs[0].Text = $"{parameters.Count}:{matrix.Count()}";
    }
}

public abstract class AbstractBase : Executor
{
    [Requests("/inherited")]
    public virtual void Handle(DocumentArray docs) => docs[0].Text = "base";
}

public sealed class Derived : AbstractBase
{
    public override void Handle(DocumentArray docs) => docs[0].Text = "derived";
}
