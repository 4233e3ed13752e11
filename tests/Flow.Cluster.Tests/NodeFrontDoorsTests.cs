using System.Net;
using System.Text;
using System.Text.Json;
using Flow.Cluster.Tests.Support;

namespace Flow.Cluster.Tests;

/// <summary>A cluster node whose HOCON names front-door ports serves its Flow to Jina's clients, and closes them when it leaves.</summary>
[Collection(ProcessCollection.Name)]
public sealed class NodeFrontDoorsTests
{
    [Fact]
    public async Task Host_GatewayPortsInConfig_ServesHttpPostOverTheClusterAndStopsServingOnSigterm()
    {
        using var temp = new TempDirectory();
        var conf = Path.Combine(temp.Path, "doors.conf");
        await File.WriteAllTextAsync(conf, $$"""
            include file("{{Products.Hocon("host.conf").Replace("\\", "\\\\", StringComparison.Ordinal)}}")
            flow.gateway { host = "127.0.0.3", http.port = 0 }
            """);
        await using var cluster = await TestCluster.StartAsync(Products.SpecFlow, Products.TestExecutors, temp.Sub("workspace"), hosts: 0);
        var host = await cluster.StartHostAsync("127.0.0.3", conf);

        var serving = await host.WaitForLineAsync("SERVING ", TestCluster.StartTimeout);
        Assert.StartsWith("SERVING grpc=off http=127.0.0.3:", serving, StringComparison.Ordinal);
        var http = new Uri("http://" + serving.Split(' ')[2]["http=".Length..]);

        using var client = new HttpClient { BaseAddress = http, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsync("/post", new StringContent("""{"data": [{"id": "q", "text": "hello"}], "exec_endpoint": "/ping"}""", Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SUCCESS", body.GetProperty("header").GetProperty("status").GetProperty("code").GetString());
        Assert.Equal(["gateway", "relay", "store"], body.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("executor").GetString()));
        Assert.Equal(["q-shard-0", "q-shard-1", "q-shard-2", "q-shard-3"], body.GetProperty("data")[0].GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString()));

        Assert.Equal(0, await host.TerminateAsync(TimeSpan.FromSeconds(40)));
        Assert.Equal("STOPPED", host.Output[^1]);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/status"));
    }
}
