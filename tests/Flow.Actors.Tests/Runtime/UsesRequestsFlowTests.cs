using Flow.Actors.Serialization.Codecs;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Runtime;

/// <summary>Jina's <c>uses_requests</c> on a running Flow: the executor's replicas answer the rebound endpoints.</summary>
public sealed class UsesRequestsFlowTests : FlowTestBase
{
    [Fact]
    public async Task UsesRequests_FromYaml_ReplicasAnswerTheReboundEndpoint()
    {
        var flow = FlowDefinition.Parse(
            $"jtype: Flow\nexecutors:\n  - name: r\n    uses: {typeof(RenamingExecutor).FullName}\n    replicas: 2\n    uses_requests:\n      /encode: mark_encoded\n",
            "flow.yml");
        var host = await StartAsync(flow);

        var encoded = await host.Client.SendAsync(new FlowRequest("/encode", Docs("x")));
        var index = await host.Client.SendAsync(new FlowRequest("/index", Docs("y")));

        Assert.Null(encoded.Error);
        Assert.Equal(["x encoded"], Texts(encoded.Docs));
        Assert.Equal(["y"], Texts(index.Docs));
    }

    [Fact]
    public void ReplicaSpec_UsesRequests_CrossTheWire()
    {
        var spec = new Actors.Executors.ReplicaSpec("f", "r", "R", null, 0, 1, 2, null, null, new Dictionary<string, string> { ["/encode"] = "mark_encoded" });

        var back = ReplicaCodec.FromProto(ReplicaCodec.ToProto(spec));

        Assert.Equal([("/encode", "mark_encoded")], back.UsesRequests!.Select(r => (r.Key, r.Value)));
        Assert.Null(ReplicaCodec.FromProto(ReplicaCodec.ToProto(spec with { UsesRequests = null })).UsesRequests);
    }
}
