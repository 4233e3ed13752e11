using System.Text.Json.Nodes;
using Flow.Core.Runs;

namespace Flow.Core.Tests.Runs;

public sealed class ParameterMergeTests
{
    [Fact]
    public void Merge_SameObject_ReturnsItWithoutCopy()
    {
        var p = new JsonObject { ["k"] = 1 };

        Assert.Same(p, ParameterMerge.Merge([p, p, p]));
    }

    [Fact]
    public void Merge_AddsOtherPartsResults_FirstWins_InputsUntouched()
    {
        var a = JsonNode.Parse("""{"k":1,"__results__":{"x/rep-0":{"v":1}}}""")!.AsObject();
        var b = JsonNode.Parse("""{"k":2,"__results__":{"x/rep-0":{"v":9},"y/rep-0":{"v":2}}}""")!.AsObject();
        var c = JsonNode.Parse("""{"__results__":{"z/rep-0":3}}""")!.AsObject();

        var merged = ParameterMerge.Merge([a, b, c]);

        Assert.Equal("""{"k":1,"__results__":{"x/rep-0":{"v":1},"y/rep-0":{"v":2},"z/rep-0":3}}""", merged.ToJsonString());
        Assert.Equal("""{"k":1,"__results__":{"x/rep-0":{"v":1}}}""", a.ToJsonString());
        Assert.Equal("""{"k":2,"__results__":{"x/rep-0":{"v":9},"y/rep-0":{"v":2}}}""", b.ToJsonString());
    }

    [Fact]
    public void Merge_NoResultsElsewhere_ReturnsFirst()
    {
        var a = new JsonObject { ["k"] = 1 };

        Assert.Same(a, ParameterMerge.Merge([a, new JsonObject { ["k"] = 2 }]));
    }
}
