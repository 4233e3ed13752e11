using System.Text.Json;
using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.RealClients;

public sealed class CurlTests(FlowRunFixture fixture) : IClassFixture<FlowRunFixture>
{
    private async Task<(int Status, JsonElement Body)> CurlAsync(string method, string path, string? body = null)
    {
        var args = new List<string> { "-s", "-S", "-X", method, "-H", "Content-Type: application/json", "-w", "\n%{http_code}", $"http://{fixture.Process.Http}{path}" };
        if (body is not null)
        {
            args.AddRange(["--data-binary", body]);
        }

        var result = await ExternalProcess.RunAsync("curl", args, TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, $"curl exited {result.ExitCode}: {result.Stderr}");
        var split = result.Stdout.LastIndexOf('\n');
        return (int.Parse(result.Stdout[(split + 1)..], System.Globalization.CultureInfo.InvariantCulture), JsonDocument.Parse(result.Stdout[..split]).RootElement.Clone());
    }

    [Fact]
    public async Task CurlPost_Documents_IdsDocumentsAndRoutes()
    {
        var (status, body) = await CurlAsync("POST", "/post", """{"data": [{"id": "c1", "text": "curl"}, {"id": "c2", "text": "two", "embedding": [0.5, 1]}], "exec_endpoint": "/upper", "request_id": "curl-1"}""");

        Assert.Equal(200, status);
        Assert.Equal("curl-1", body.GetProperty("header").GetProperty("requestId").GetString());
        Assert.Equal(["c1", "c2"], body.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(["CURL", "TWO"], body.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("text").GetString()));
        Assert.Equal([0.5f, 1f], body.GetProperty("data")[1].GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()));
        Assert.Equal(["gateway", "a", "b"], body.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("executor").GetString()));
        Assert.Equal("SUCCESS", body.GetProperty("routes")[2].GetProperty("status").GetProperty("code").GetString());
    }

    [Fact]
    public async Task CurlPost_ExecutorError_200WithErrorStatus()
    {
        var (status, body) = await CurlAsync("POST", "/post", """{"data": [{"text": "x"}], "exec_endpoint": "/fail"}""");

        Assert.Equal(200, status);
        var s = body.GetProperty("header").GetProperty("status");
        Assert.Equal("ERROR", s.GetProperty("code").GetString());
        Assert.Equal("InvalidOperationException", s.GetProperty("exception").GetProperty("name").GetString());
        Assert.Equal("a", s.GetProperty("exception").GetProperty("executor").GetString());
    }

    [Fact]
    public async Task CurlSearch_CrudRoute_EndpointFromPath()
    {
        var (status, body) = await CurlAsync("POST", "/search", """{"data": [{"text": "q"}]}""");

        Assert.Equal(200, status);
        Assert.Equal("/search", body.GetProperty("header").GetProperty("execEndpoint").GetString());
        Assert.Equal("Q", body.GetProperty("data")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task CurlGet_StatusDryRunAndRoot_Answer()
    {
        Assert.Equal((200, "{}"), await CurlAsync("GET", "/") is var (s, b) ? (s, b.GetRawText()) : default);
        var (status, body) = await CurlAsync("GET", "/dry_run");
        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("code").GetInt32());
        var (infoStatus, info) = await CurlAsync("GET", "/status");
        Assert.Equal(200, infoStatus);
        Assert.Equal("3", info.GetProperty("jina").GetProperty("jina").GetString());
    }

    [Fact]
    public async Task CurlPost_MalformedAndUnknownEndpoint_422And404WithDetail()
    {
        var (malformed, problem) = await CurlAsync("POST", "/post", """{"data": [{"tags": 3}]}""");
        Assert.Equal(422, malformed);
        Assert.Equal("data[0].tags: expected an object, got a number", problem.GetProperty("detail").GetString());

        var (unknown, notFound) = await CurlAsync("POST", "/post", """{"exec_endpoint": "/nope"}""");
        Assert.Equal(404, unknown);
        Assert.Equal("exec_endpoint: endpoint '/nope' is bound by no executor of the Flow", notFound.GetProperty("detail").GetString());
    }
}
