using System.Globalization;
using System.Text.Json.Nodes;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Core.Requests;

namespace Flow.Cluster.Tests.Support;

/// <summary>What one shard of the test Flow's store said about itself in a <c>/ping</c> (see ShardStore).</summary>
internal sealed record ShardReport(int Shard, string Node, int Pid, int Rows, int Reloaded)
{
    public static ShardReport From(Document match) => new(
        Int(match.Tags, "shard"), match.Tags["node"]!.GetValue<string>(), Int(match.Tags, "pid"), Int(match.Tags, "rows"), Int(match.Tags, "reloaded"));

    /// <summary>Posts one <c>/ping</c> and returns each shard's report, in shard order.</summary>
    public static async Task<IReadOnlyList<ShardReport>> PingAsync(FlowClient client)
    {
        var response = await client.SendAsync(new FlowRequest("/ping", [new Document("ping")]) { Timeout = TimeSpan.FromSeconds(30) });
        Assert.Null(response.Error);
        return [.. response.Docs[0].Matches.Select(From)];
    }

    /// <summary>Puts <paramref name="count"/> rows, one request each (ANY polling: round-robin over the shards).</summary>
    public static async Task PutAsync(FlowClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var response = await client.SendAsync(new FlowRequest("/put", [new Document($"row {i}")]) { Timeout = TimeSpan.FromSeconds(30) });
            Assert.Null(response.Error);
        }
    }

    // Numbers cross the wire as JSON numbers (protobuf Struct: doubles); read them whatever their .NET type.
    private static int Int(JsonObject tags, string key) => (int)double.Parse(tags[key]!.ToJsonString(), CultureInfo.InvariantCulture);
}
