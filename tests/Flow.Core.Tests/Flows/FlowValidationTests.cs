using Flow.Core.Flows;

namespace Flow.Core.Tests.Flows;

/// <summary>Every validation error, in C# and in YAML (where the error also names file:line).</summary>
public sealed class FlowValidationTests
{
    private static string CSharpError(Func<FlowBuilder, FlowBuilder> build) =>
        Assert.Throws<FlowValidationException>(() => build(new FlowBuilder()).Build()).Message;

    private static string YamlError(string yaml) =>
        Assert.Throws<FlowValidationException>(() => FlowDefinition.Parse(yaml, "flow.yml")).Message;

    [Fact]
    public void UnknownNeeds_CSharp_NamesExecutorAndNeed()
    {
        Assert.Equal("Executor 'b': needs 'zz', but no executor has that name.", CSharpError(f => f.Add("a").Add("b", needs: ["a", "zz"])));
    }

    [Fact]
    public void UnknownNeeds_Yaml_NamesExecutorFileAndLine()
    {
        Assert.Equal(
            "Executor 'b' (flow.yml:4): needs 'zz', but no executor has that name.",
            YamlError("jtype: Flow\nexecutors:\n  - name: a\n  - name: b\n    needs: [a, zz]\n"));
    }

    [Fact]
    public void Cycle_CSharp_NamesTheCycle()
    {
        Assert.Equal(
            "Executor 'a': needs form a cycle: a -> c -> b -> a.",
            CSharpError(f => f.Add("a", needs: ["c"]).Add("b", needs: ["a"]).Add("c", needs: ["b"])));
    }

    [Fact]
    public void Cycle_Yaml_NamesTheCycleFileAndLine()
    {
        Assert.Equal(
            "Executor 'a' (flow.yml:3): needs form a cycle: a -> b -> a.",
            YamlError("jtype: Flow\nexecutors:\n  - name: a\n    needs: b\n  - name: b\n"));
    }

    [Fact]
    public void NeedsItself_CSharp_Error()
    {
        Assert.Equal("Executor 'a': needs itself.", CSharpError(f => f.Add("a", needs: ["a"])));
    }

    [Fact]
    public void NeedsItself_Yaml_Error()
    {
        Assert.Equal("Executor 'a' (flow.yml:3): needs itself.", YamlError("jtype: Flow\nexecutors:\n  - name: a\n    needs: a\n"));
    }

    [Fact]
    public void NeedsTwice_CSharpAndYaml_NeededOnceAtFirstPosition()
    {
        var csharp = new FlowBuilder().Add("a", needs: ["gateway"]).Add("b", needs: ["gateway"]).Add("c", needs: ["b", "a", "b"]).Build();
        var yaml = FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    needs: gateway\n  - name: b\n    needs: gateway\n  - name: c\n    needs: [b, a, b]\n");
        Assert.Equal(new[] { "b", "a" }, csharp.Topology["c"].Predecessors);
        Assert.Equal(new[] { "b", "a" }, yaml.Topology["c"].Predecessors);
    }

    [Fact]
    public void DuplicateName_CSharp_Error()
    {
        Assert.Equal("Executor 'a': duplicate name; another executor is already named 'a'.", CSharpError(f => f.Add("a").Add("a")));
    }

    [Fact]
    public void DuplicateName_Yaml_ErrorAtSecondDefinition()
    {
        Assert.Equal(
            "Executor 'a' (flow.yml:4): duplicate name; another executor is already named 'a'.",
            YamlError("jtype: Flow\nexecutors:\n  - name: a\n  - name: a\n"));
    }

    [Theory]
    [InlineData("gateway")]
    [InlineData("bad name")]
    [InlineData("a__b")]
    [InlineData("1abc")]
    [InlineData("a/b")]
    [InlineData("my-exec")]
    [InlineData("")]
    public void InvalidName_CSharp_Error(string name)
    {
        if (name.Length == 0)
        {
            Assert.Equal(new[] { "executor0" }, new FlowBuilder().Add(name).Build().Executors.Select(e => e.Name));
            return;
        }

        Assert.Equal(
            $"Executor '{name}': invalid name; use a Python-style identifier (letters, digits and '_', not starting with a digit; no '-'), without '__' (it scopes parameters), and not 'gateway'.",
            CSharpError(f => f.Add(name)));
    }

    [Fact]
    public void InvalidName_Yaml_Error()
    {
        Assert.StartsWith("Executor 'a__b' (flow.yml:3): invalid name;", YamlError("jtype: Flow\nexecutors:\n  - name: a__b\n"));
    }

    [Theory]
    [InlineData(0, 1, "replicas must be at least 1, got 0.")]
    [InlineData(-1, 1, "replicas must be at least 1, got -1.")]
    [InlineData(1, 0, "shards must be at least 1, got 0.")]
    [InlineData(1, -2, "shards must be at least 1, got -2.")]
    public void ReplicasShards_NotPositive_CSharp_Error(int replicas, int shards, string expected)
    {
        Assert.Equal($"Executor 'e': {expected}", CSharpError(f => f.Add("e", replicas: replicas, shards: shards)));
    }

    [Theory]
    [InlineData("replicas: 0", "replicas must be at least 1, got 0.")]
    [InlineData("shards: 0", "shards must be at least 1, got 0.")]
    [InlineData("parallel: -1", "shards must be at least 1, got -1.")]
    public void ReplicasShards_NotPositive_Yaml_Error(string line, string expected)
    {
        Assert.Equal($"Executor 'e' (flow.yml:3): {expected}", YamlError($"jtype: Flow\nexecutors:\n  - name: e\n    {line}\n"));
    }

    [Fact]
    public void MalformedPolling_CSharp_Error()
    {
        Assert.Equal("Executor 'e': polling 'SOME' is not ANY, ALL or a per-endpoint map.", CSharpError(f => f.Add("e", polling: "SOME")));
        Assert.Equal(
            "Executor 'e': polling for '/index' is 'MAYBE', expected ANY or ALL.",
            CSharpError(f => f.Add("e", polling: PollingSpec.PerEndpoint(new Dictionary<string, string> { ["/index"] = "MAYBE" }))));
    }

    [Fact]
    public void MalformedPolling_Yaml_Error()
    {
        Assert.Equal(
            "Executor 'e' (flow.yml:3): polling for '/search' is 'SOMETIMES', expected ANY or ALL.",
            YamlError("jtype: Flow\nexecutors:\n  - name: e\n    polling:\n      /index: ANY\n      /search: SOMETIMES\n"));
    }

    [Fact]
    public void InvalidWhen_CSharp_Error()
    {
        Assert.Equal(
            "Executor 'e': invalid 'when' condition: field 'tags__k': unknown operator '$almost' (use $eq, $ne, $gt, $gte, $lt, $lte, $in, $nin, $regex, $exists, $size).",
            CSharpError(f => f.Add("e", when: new() { ["tags__k"] = new System.Text.Json.Nodes.JsonObject { ["$almost"] = 1 } })));
    }

    [Fact]
    public void InvalidWhen_Yaml_Error()
    {
        Assert.Equal(
            "Executor 'e' (flow.yml:3): invalid 'when' condition: unknown field 'colour'.",
            YamlError("jtype: Flow\nexecutors:\n  - name: e\n    when:\n      colour: {$eq: red}\n"));
    }

    [Fact]
    public void SeveralErrors_AllReportedInOrder()
    {
        var e = Assert.Throws<FlowValidationException>(() => new FlowBuilder().Add("a", replicas: 0).Add("b", needs: ["x"]).Build());
        Assert.Equal(new[] { "Executor 'a': replicas must be at least 1, got 0.", "Executor 'b': needs 'x', but no executor has that name." }, e.Errors);
    }

    [Theory]
    [InlineData("jtype: Flow\nexecutors:\n  - name: a\n    colour: red\n", "flow.yml:4: unknown executor key 'colour' (an executor has name, uses, ")]
    [InlineData("jtype: Flow\nport: 80\n", "flow.yml:2: unknown key 'port' (a Flow has jtype, version, with, gateway, executors)")]
    [InlineData("jtype: Executor\n", "flow.yml:1: jtype is 'Executor', expected 'Flow'.")]
    [InlineData("jtype: Flow\nexecutors:\n  - name: a\n    replicas: two\n", "flow.yml:4: 'replicas' must be an integer.")]
    [InlineData("jtype: Flow\nexecutors:\n  - name: a\n    floating: maybe\n", "flow.yml:4: 'floating' must be true or false.")]
    [InlineData("jtype: Flow\nexecutors: a\n", "flow.yml:2: 'executors' must be a list.")]
    [InlineData("jtype: Flow\nexecutors:\n  - name: a\n    uses:\n      jtype: X\n      extra: 1\n", "flow.yml:6: unknown key 'uses.extra'")]
    [InlineData("jtype: Flow\nexecutors:\n  - [a, b]\n", "flow.yml:3: each entry of 'executors' must be a mapping.")]
    [InlineData("jtype: Flow\nexecutors:\n  - name: a\n   bad indent: [\n", "flow.yml:")]
    public void Yaml_Malformed_ErrorNamesKeyFileAndLine(string yaml, string expectedStart)
    {
        Assert.StartsWith(expectedStart, YamlError(yaml));
    }

    [Fact]
    public void Yaml_LoadMissingFile_ErrorNamesFile()
    {
        var e = Assert.Throws<FlowValidationException>(() => FlowDefinition.Load("/nonexistent/flow.yml"));
        Assert.StartsWith("/nonexistent/flow.yml: cannot read the Flow file", e.Message);
    }

    [Fact]
    public void Yaml_LoadFile_ReadsAndNamesFileInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"flow-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, "jtype: Flow\nexecutors:\n  - name: a\n  - name: b\n    needs: nope\n");
        try
        {
            var e = Assert.Throws<FlowValidationException>(() => FlowDefinition.Load(path));
            Assert.Equal($"Executor 'b' ({path}:4): needs 'nope', but no executor has that name.", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
