using System.Text.Json.Nodes;
using Flow.Core.Requests;

namespace Flow.Core.Tests.Requests;

public sealed class ParameterScopeTests
{
    [Fact]
    public void ViewFor_ScopedKeys_ReachOnlyTheirExecutorWithoutPrefix()
    {
        var parameters = new JsonObject { ["top_k"] = 10, ["indexer__top_k"] = 3, ["encoder__batch"] = 8, ["__results__"] = new JsonObject() };

        var indexer = ParameterScope.ViewFor("indexer", parameters);
        var encoder = ParameterScope.ViewFor("encoder", parameters);
        var other = ParameterScope.ViewFor("other", parameters);

        Assert.Equal("{\"top_k\":3,\"__results__\":{}}", indexer.ToJsonString());
        Assert.Equal("{\"top_k\":10,\"__results__\":{},\"batch\":8}", encoder.ToJsonString());
        Assert.Equal("{\"top_k\":10,\"__results__\":{}}", other.ToJsonString());
    }

    [Fact]
    public void ViewFor_ExecutorMutatesView_RequestParametersUnchanged()
    {
        var parameters = new JsonObject { ["nested"] = new JsonObject { ["a"] = 1 } };
        var view = ParameterScope.ViewFor("e", parameters);
        view["nested"]!["a"] = 2;
        view["new"] = true;
        Assert.Equal("{\"nested\":{\"a\":1}}", parameters.ToJsonString());
    }

    [Fact]
    public void ViewFor_NestedObjectUnderExecutorName_MergedIntoView()
    {
        var parameters = new JsonObject { ["top_k"] = 10, ["indexer"] = new JsonObject { ["top_k"] = 4, ["extra"] = "x" } };
        Assert.Equal("{\"top_k\":4,\"indexer\":{\"top_k\":4,\"extra\":\"x\"},\"extra\":\"x\"}", ParameterScope.ViewFor("indexer", parameters).ToJsonString());
        Assert.Equal("{\"top_k\":10,\"indexer\":{\"top_k\":4,\"extra\":\"x\"}}", ParameterScope.ViewFor("other", parameters).ToJsonString());
    }

    [Fact]
    public void ViewFor_KeysStartingOrEndingWithSeparator_ArePlain()
    {
        var parameters = new JsonObject { ["__private"] = 1, ["trailing__"] = 2, ["e__k"] = 3 };
        Assert.Equal("{\"__private\":1,\"trailing__\":2,\"k\":3}", ParameterScope.ViewFor("e", parameters).ToJsonString());
    }

    [Fact]
    public void ViewFor_SpecificKeyBeforeGeneric_SpecificStillWins()
    {
        var parameters = new JsonObject { ["e__top_k"] = 2, ["top_k"] = 1 };
        Assert.Equal("{\"top_k\":2}", ParameterScope.ViewFor("e", parameters).ToJsonString());
    }

    [Fact]
    public void ViewFor_NullParameters_Empty()
    {
        Assert.Empty(ParameterScope.ViewFor("e", null));
    }

    [Fact]
    public void AddResult_CreatesResultsObjectKeyedByRuntimeName()
    {
        var parameters = new JsonObject();
        ParameterScope.AddResult(parameters, "e/rep-0", new JsonObject { ["n"] = 1 });
        ParameterScope.AddResult(parameters, "f/shard-1/rep-0", new JsonObject { ["n"] = 2 });
        Assert.Equal("{\"__results__\":{\"e/rep-0\":{\"n\":1},\"f/shard-1/rep-0\":{\"n\":2}}}", parameters.ToJsonString());
    }
}
