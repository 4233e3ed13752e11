using Flow.Core.Flows;

namespace Flow.Core.Tests.Flows;

/// <summary>A Jina user's Flow YAML loads: Jina's deployment settings are accepted and named as warnings, <c>retries</c> is used.</summary>
public sealed class JinaExecutorKeysTests
{
    [Fact]
    public void DeploymentSettings_AcceptedAndEachNamedInWarnings()
    {
        var definition = FlowDefinition.Parse(
            "jtype: Flow\nexecutors:\n  - name: enc\n    gpus: 1\n    timeout_ready: -1\n    env:\n      JINA_LOG_LEVEL: debug\n    py_modules: [enc.py]\n  - name: idx\n    port: 12345\n",
            "flow.yml");

        Assert.Equal(["enc", "idx"], definition.Executors.Select(e => e.Name));
        Assert.Equal(
            [
                "flow.yml:4: executor 'enc': 'gpus' is a Jina deployment setting that Flow does not use; ignored.",
                "flow.yml:5: executor 'enc': 'timeout_ready' is a Jina deployment setting that Flow does not use; ignored.",
                "flow.yml:6: executor 'enc': 'env' is a Jina deployment setting that Flow does not use; ignored.",
                "flow.yml:8: executor 'enc': 'py_modules' is a Jina deployment setting that Flow does not use; ignored.",
                "flow.yml:10: executor 'idx': 'port' is a Jina deployment setting that Flow does not use; ignored.",
            ],
            definition.Warnings);
    }

    [Fact]
    public void FlowBuiltInCodeOrPlainYaml_NoWarnings()
    {
        Assert.Empty(new FlowBuilder().Add("a").Build().Warnings);
        Assert.Empty(FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n", "flow.yml").Warnings);
    }

    [Fact]
    public void GatewaySection_ItsArgumentsJoinWith()
    {
        var definition = FlowDefinition.Parse("jtype: Flow\nwith:\n  name: f\ngateway:\n  protocol: [grpc, http]\n  port: [12345, 12346]\nexecutors:\n  - name: a\n", "flow.yml");

        Assert.Equal("""{"name":"f","protocol":["grpc","http"],"port":[12345,12346]}""", definition.With.ToJsonString());
    }

    [Fact]
    public void UsesExecutorYamlFile_TypeArgumentsAndMetasRead_FlowsUsesWithWins()
    {
        var folder = Directory.CreateTempSubdirectory("flow-executor-yaml-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "enc.yml"), "jtype: Encoder\nwith:\n  dim: 8\n  model: small\nmetas:\n  name: my-enc\n  py_modules: [enc.py]\n");
            var flowFile = Path.Combine(folder.FullName, "flow.yml");
            File.WriteAllText(flowFile, "jtype: Flow\nexecutors:\n  - name: enc\n    uses: enc.yml\n    uses_with:\n      model: large\n");

            var definition = FlowDefinition.Load(flowFile);

            var enc = Assert.Single(definition.Executors);
            Assert.Equal("Encoder", enc.Uses);
            Assert.Equal("""{"dim":8,"model":"large"}""", enc.UsesWith!.ToJsonString());
            Assert.Equal("my-enc", enc.MetasName);
            var warning = Assert.Single(definition.Warnings);
            Assert.Equal($"{Path.Combine(folder.FullName, "enc.yml")}:7: executor 'enc': the executor meta 'py_modules' that Flow does not use; ignored.", warning);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void UsesExecutorYamlFile_Missing_ErrorNamesItAndTheFlowLine()
    {
        var e = Assert.Throws<FlowValidationException>(() => FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: enc\n    uses: /nonexistent/enc.yml\n", "flow.yml"));

        Assert.StartsWith("flow.yml:4: cannot read the executor YAML '/nonexistent/enc.yml': ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsesInline_MetasNameAndRequests_TheFlowsUsesRequestsWin()
    {
        var definition = FlowDefinition.Parse(
            "jtype: Flow\nexecutors:\n  - name: a\n    uses:\n      jtype: X\n      metas:\n        name: n\n      requests:\n        /index: encode\n        /search: find\n    uses_requests:\n      /search: lookup\n",
            "flow.yml");

        var a = definition.Executors[0];
        Assert.Equal(("X", "n"), (a.Uses, a.MetasName));
        Assert.Equal([("/index", "encode"), ("/search", "lookup")], a.UsesRequests!.OrderBy(r => r.Key).Select(r => (r.Key, r.Value)));
    }

    [Fact]
    public void External_RefusedNotIgnored_FalseAccepted()
    {
        var e = Assert.Throws<FlowValidationException>(() => FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    external: true\n    host: 127.0.0.5\n", "flow.yml"));

        Assert.Equal("flow.yml:4: an external executor (one Jina reaches at host:port) is not supported: run it on a node of the cluster (flow host) with a role.", e.Message);
        Assert.Empty(FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    external: false\n", "flow.yml").Warnings);
    }

    [Fact]
    public void UsesRequests_YamlAndBuilder_ReadAndInTheSignature()
    {
        var yaml = FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    uses_requests:\n      /index: encode\n      __default__: fallback\n", "flow.yml");
        var code = new FlowBuilder().Add("a", usesRequests: new Dictionary<string, string> { ["__default__"] = "fallback", ["/index"] = "encode" }).Build();
        var bad = Assert.Throws<FlowValidationException>(() => FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    uses_requests:\n      /index: [x]\n", "flow.yml"));

        Assert.Equal("encode", yaml.Executors[0].UsesRequests!["/index"]);
        Assert.Contains("a.uses_requests=/index:encode,__default__:fallback", FlowSignature.Of(yaml).Lines);
        Assert.Null(FlowSignature.Of(yaml).FirstDifference(FlowSignature.Of(code)));
        Assert.Equal("flow.yml:5: 'uses_requests./index' must name a method of the executor.", bad.Message);
    }

    [Fact]
    public void Retries_YamlAndBuilder_SetOnTheExecutorAndInTheSignature()
    {
        var yaml = FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    retries: 2\n  - name: b\n", "flow.yml");
        var code = new FlowBuilder().Add("a", retries: 2).Add("b").Build();

        Assert.Equal([2, null], yaml.Executors.Select(e => e.Retries));
        Assert.Equal([2, null], code.Executors.Select(e => e.Retries));
        Assert.Contains("a.retries=2", FlowSignature.Of(yaml).Lines);
        Assert.DoesNotContain(FlowSignature.Of(yaml).Lines, l => l.StartsWith("b.retries", StringComparison.Ordinal));
        Assert.Null(FlowSignature.Of(yaml).FirstDifference(FlowSignature.Of(code)));
    }
}
