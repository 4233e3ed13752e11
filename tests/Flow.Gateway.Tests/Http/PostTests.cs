using System.Net;
using System.Text;
using System.Text.Json;
using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.Http;

public sealed class PostTests(FlowFixture fixture) : IClassFixture<FlowFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string MediaType)> SendAsync(HttpMethod method, string path, string body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await fixture.Gateway.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType ?? string.Empty);
    }

    [Fact]
    public async Task Post_Documents_AnswersHeaderRoutesAndDocuments()
    {
        var (status, body, mediaType) = await SendAsync(HttpMethod.Post, "/post", """
            {"data": [{"id": "d1", "text": "hello", "tags": {"k": 1}, "embedding": [1, 2.5], "mime_type": "text/plain",
                       "matches": [{"id": "m1", "text": "inner", "scores": {"cosine": {"value": 0.5}}}]}, "plain"],
             "parameters": {"__results__": {}}, "exec_endpoint": "/upper", "request_id": "http-1"}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.Equal("http-1", body.GetProperty("header").GetProperty("requestId").GetString());
        Assert.Equal("SUCCESS", body.GetProperty("header").GetProperty("status").GetProperty("code").GetString());
        Assert.Equal("/upper", body.GetProperty("header").GetProperty("execEndpoint").GetString());
        Assert.Equal(["gateway", "a", "b"], body.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("executor").GetString()));
        Assert.True(body.GetProperty("routes")[0].TryGetProperty("startTime", out _));
        var data = body.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        var d1 = data[0];
        Assert.Equal("d1", d1.GetProperty("id").GetString());
        Assert.Equal("HELLO", d1.GetProperty("text").GetString());
        Assert.Equal(1, d1.GetProperty("tags").GetProperty("k").GetInt64());
        Assert.True(d1.GetProperty("tags").GetProperty("seen_by_b").GetBoolean());
        Assert.Equal([1f, 2.5f], d1.GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()));
        Assert.Equal("text/plain", d1.GetProperty("mime_type").GetString());
        Assert.Equal(0.5, d1.GetProperty("matches")[0].GetProperty("scores").GetProperty("cosine").GetProperty("value").GetDouble());
        Assert.Equal("PLAIN", data[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_CamelCaseFieldsAndTargetExecutor_OnlyTargetRuns()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", """{"data": [{"text": "x"}], "execEndpoint": "/upper", "targetExecutor": "b"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var tags = body.GetProperty("data")[0].GetProperty("tags");
        Assert.False(tags.TryGetProperty("seen_by_a", out _));
        Assert.True(tags.GetProperty("seen_by_b").GetBoolean());
        Assert.Equal("b", body.GetProperty("header").GetProperty("targetExecutor").GetString());
    }

    [Fact]
    public async Task Post_ExecutorThrows_200WithErrorStatusAndException()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", """{"data": [{"text": "x"}], "exec_endpoint": "/fail"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var s = body.GetProperty("header").GetProperty("status");
        Assert.Equal("ERROR", s.GetProperty("code").GetString());
        Assert.Equal("InvalidOperationException", s.GetProperty("exception").GetProperty("name").GetString());
        Assert.Equal("boom on 1 documents", s.GetProperty("exception").GetProperty("args")[0].GetString());
        Assert.Equal("a", s.GetProperty("exception").GetProperty("executor").GetString());
        Assert.True(s.GetProperty("exception").GetProperty("stacks").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("POST", "/index")]
    [InlineData("POST", "/search")]
    [InlineData("PUT", "/update")]
    [InlineData("DELETE", "/delete")]
    public async Task Crud_Route_EndpointTakenFromThePath(string method, string path)
    {
        var (status, body, _) = await SendAsync(new HttpMethod(method), path, """{"data": [{"text": "crud"}], "exec_endpoint": "/fail"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(path, body.GetProperty("header").GetProperty("execEndpoint").GetString());
        Assert.Equal("CRUD", body.GetProperty("data")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_UnknownEndpoint_404NamingIt()
    {
        var (status, body, mediaType) = await SendAsync(HttpMethod.Post, "/post", """{"data": [], "exec_endpoint": "/nowhere"}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal("exec_endpoint: endpoint '/nowhere' is bound by no executor of the Flow", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_422WithLine()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", "{\"data\": [\n{\"text\": }");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith("body: malformed JSON at line 2, ", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"data": [{"text": 5}]}""", "data[0].text: expected a string, got a number")]
    [InlineData("""{"data": {"x": 1}}""", "data: expected an array, got an object")]
    [InlineData("""{"data": [{"embedding": [[1, 2], [3]]}]}""", "data[0].embedding[1]: a ragged nested list: expected 2 items at depth 1")]
    [InlineData("""{"data": [{"blob": "@@"}]}""", "data[0].blob: not valid base64")]
    [InlineData("""{"data": [{"_metadata": 3}]}""", "data[0]._metadata: expected an object, got a number")]
    [InlineData("""{"data": [{"embedding": {"dense": {"buffer": "AAAAAA==", "shape": [1], "dtype": "<U4"}}}]}""", "data[0].embedding.dense.dtype: dtype '<U4' is not supported (float16/32/64, int8/16/32/64, uint8/16/32/64 and bool are)")]
    [InlineData("""{"parameters": [1]}""", "body.parameters: expected an object, got an array")]
    [InlineData("""{"target_executor": "(("}""", "body.target_executor: target_executor '((' is not a valid regex")]
    public async Task Post_InvalidBody_422NamingTheField(string json, string detail)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DenseEmbeddingInProtoJsonForm_ReadWithItsDtype()
    {
        // [1.5, -2] as little-endian float64.
        var buffer = Convert.ToBase64String([.. BitConverter.GetBytes(1.5d), .. BitConverter.GetBytes(-2d)]);
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", $$$"""{"data": [{"embedding": {"dense": {"buffer": "{{{buffer}}}", "shape": [2], "dtype": "<f8"}, "cls_name": "numpy"} }], "exec_endpoint": "/echo"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([1.5f, -2f], body.GetProperty("data")[0].GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()));
    }

    [Fact]
    public async Task Post_Metadata_ComesBackAsSentThroughTheFlow()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", """
            {"data": [{"id": "d", "text": "x", "_metadata": {"multi_modal_schema": {"title": {"attribute_type": "text", "position": 0}}}}, {"id": "e", "text": "y"}],
             "exec_endpoint": "/upper"}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var d = body.GetProperty("data")[0];
        Assert.Equal("X", d.GetProperty("text").GetString());
        var title = d.GetProperty("_metadata").GetProperty("multi_modal_schema").GetProperty("title");
        Assert.Equal(("text", 0), (title.GetProperty("attribute_type").GetString(), title.GetProperty("position").GetInt32()));
        Assert.False(body.GetProperty("data")[1].TryGetProperty("_metadata", out _));
    }

    [Fact]
    public async Task Post_OffsetLocationAndEvaluations_ComeBackAsSent()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/post", """
            {"data": [{"id": "d", "offset": 3, "location": [1, 2.5], "evaluations": {"precision": {"value": 0.5, "op_name": "p@1"}}}],
             "exec_endpoint": "/echo"}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var d = body.GetProperty("data")[0];
        Assert.Equal(3f, d.GetProperty("offset").GetSingle());
        Assert.Equal([1f, 2.5f], d.GetProperty("location").EnumerateArray().Select(e => e.GetSingle()));
        var precision = d.GetProperty("evaluations").GetProperty("precision");
        Assert.Equal((0.5, "p@1"), (precision.GetProperty("value").GetDouble(), precision.GetProperty("op_name").GetString()));
        Assert.False(d.TryGetProperty("scores", out _));
    }
}
