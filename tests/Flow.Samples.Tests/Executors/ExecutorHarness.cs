using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Executors;

namespace Flow.Samples.Tests.Executors;

/// <summary>Creates executors and calls their handlers the way the engine does (ExecutorInstance).</summary>
internal static class ExecutorHarness
{
    public static ExecutorInstance Create<T>(string name, string? workspace = null, JsonObject? usesWith = null, int shard = 0, int shards = 1, int replica = 0, int replicas = 1)
        where T : Executor =>
        ExecutorInstance.Create(typeof(T), new ExecutorRuntimeInfo(name, shard, shards, replica, replicas, workspace), usesWith);

    public static async Task<DocumentArray> InvokeAsync(this ExecutorInstance executor, string endpoint, DocumentArray docs, JsonObject? parameters = null)
    {
        var output = await executor.InvokeAsync(new ExecutorInput(endpoint, docs, parameters));
        Assert.True(output.IsSuccess, output.Error?.ToString());
        return output.Docs;
    }
}
