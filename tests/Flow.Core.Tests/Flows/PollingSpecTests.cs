using Flow.Core.Flows;

namespace Flow.Core.Tests.Flows;

public sealed class PollingSpecTests
{
    private static PollingSpec FromYaml(string polling) =>
        FlowDefinition.Parse($"jtype: Flow\nexecutors:\n  - name: e\n    shards: 2\n{polling}").Executors[0].Polling;

    private static PollingSpec From(string form, string? csharp, string yaml) =>
        form == "csharp" ? (csharp is null ? new FlowBuilder().Add("e").Build().Executors[0].Polling : new FlowBuilder().Add("e", polling: csharp).Build().Executors[0].Polling)
        : FromYaml(yaml);

    public static TheoryData<string> Forms => new() { "csharp", "yaml" };

    [Theory]
    [MemberData(nameof(Forms))]
    public void NotGiven_BuiltInDefaults(string form)
    {
        var p = From(form, null, string.Empty);
        Assert.Equal(PollingMode.Any, p.Resolve("/index"));
        Assert.Equal(PollingMode.All, p.Resolve("/search"));
        Assert.Equal(PollingMode.Any, p.Resolve("/update"));
        Assert.Equal(PollingMode.Any, p.Resolve("/default"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void String_IsStarDefault_BuiltInsStillApply(string form)
    {
        var all = From(form, "all", "    polling: ALL\n");
        Assert.Equal(PollingMode.Any, all.Resolve("/index"));
        Assert.Equal(PollingMode.All, all.Resolve("/search"));
        Assert.Equal(PollingMode.All, all.Resolve("/custom"));
        var any = From(form, "ANY", "    polling: any\n");
        Assert.Equal(PollingMode.Any, any.Resolve("/index"));
        Assert.Equal(PollingMode.All, any.Resolve("/search"));
        Assert.Equal(PollingMode.Any, any.Resolve("/custom"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Map_NamedEndpointsThenBuiltInsThenStar(string form)
    {
        var p = From(form, "{\"/index\": \"ALL\", \"*\": \"ALL\"}", "    polling:\n      /index: ALL\n      '*': ALL\n");
        Assert.Equal(PollingMode.All, p.Resolve("/index"));
        Assert.Equal(PollingMode.All, p.Resolve("/search"));
        Assert.Equal(PollingMode.All, p.Resolve("/other"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Map_StarOnly_BuiltInsStillApplyUnlessNamed(string form)
    {
        var p = From(form, "{\"*\": \"ALL\"}", "    polling:\n      '*': ALL\n");
        Assert.Equal(PollingMode.Any, p.Resolve("/index"));
        Assert.Equal(PollingMode.All, p.Resolve("/search"));
        Assert.Equal(PollingMode.All, p.Resolve("/other"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Map_SearchNamedAny_OverridesBuiltIn(string form)
    {
        var p = From(form, "{\"/search\": \"ANY\"}", "    polling:\n      /search: ANY\n");
        Assert.Equal(PollingMode.Any, p.Resolve("/search"));
        Assert.Equal(PollingMode.Any, p.Resolve("/index"));
        Assert.Equal(PollingMode.Any, p.Resolve("/other"));
    }

    [Fact]
    public void Map_JinaSeedExample_IndexAnySearchAllRestAll()
    {
        var p = PollingSpec.PerEndpoint(new Dictionary<string, string> { ["/index"] = "ANY", ["/search"] = "ALL", ["*"] = "ALL" });
        Assert.Equal(PollingMode.Any, p.Resolve("/index"));
        Assert.Equal(PollingMode.All, p.Resolve("/search"));
        Assert.Equal(PollingMode.All, p.Resolve("/delete"));
        Assert.Equal(PollingMode.Any, p.Resolve("index"));
    }
}
