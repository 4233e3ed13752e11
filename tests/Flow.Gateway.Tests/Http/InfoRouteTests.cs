using System.Net;
using System.Text.Json;
using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.Http;

public sealed class InfoRouteTests(FlowFixture fixture) : IClassFixture<FlowFixture>
{
    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await fixture.Gateway.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Root_Get_EmptyObject()
    {
        var body = await GetAsync("/");

        Assert.Equal("{}", body.GetRawText());
    }

    [Fact]
    public async Task Status_Get_VersionsAndEnvironment()
    {
        var body = await GetAsync("/status");

        Assert.Equal("3", body.GetProperty("jina").GetProperty("jina").GetString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("envs").ValueKind);
    }

    [Fact]
    public async Task DryRun_Get_CodeZeroWhenReady()
    {
        var body = await GetAsync("/dry_run");

        Assert.Equal(0, body.GetProperty("code").GetInt32());
        Assert.Equal("ready", body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Endpoints_Get_TheFlowsEndpoints()
    {
        var body = await GetAsync("/endpoints");

        Assert.Equal(9, body.GetProperty("endpoints").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_Get_DescribesEveryRoute()
    {
        var body = await GetAsync("/openapi.json");

        Assert.Equal("3.0.3", body.GetProperty("openapi").GetString());
        Assert.Equal(
            ["/", "/delete", "/dry_run", "/endpoints", "/index", "/openapi.json", "/post", "/search", "/status", "/update"],
            body.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
