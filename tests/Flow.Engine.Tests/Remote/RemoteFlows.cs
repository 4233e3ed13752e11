using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Protos;
using Flow.Engine.Tests.Runtime;
using Flow.Core.Wire;
using Google.Protobuf;

namespace Flow.Engine.Tests.Remote;

/// <summary>The Flows the remote specs run (C# and YAML, same shape) and an exact comparison of results.</summary>
internal static class RemoteFlows
{
    /// <summary>p1 (Appender) → p2 (ShardTagger, 2 shards, ALL) → p3 (Matcher, 2 shards, ALL, 2 replicas); p2 and p3 are the ones placed remotely.</summary>
    public static FlowDefinition CSharp() => new FlowBuilder()
        .Add<Appender>(name: "p1")
        .Add<ShardTagger>(name: "p2", shards: 2, polling: PollingSpec.All)
        .Add<Matcher>(name: "p3", shards: 2, replicas: 2, polling: PollingSpec.All)
        .Build();

    public const string Yaml = """
        jtype: Flow
        executors:
          - name: p1
            uses: Appender
          - name: p2
            uses: ShardTagger
            shards: 2
            polling: ALL
          - name: p3
            uses: Matcher
            shards: 2
            replicas: 2
            polling: ALL
            uses_with:
              matches: 3
        """;

    public static DocumentArray Input(int n)
    {
        var docs = new DocumentArray();
        for (var i = 0; i < n; i++)
        {
            docs.Add(new Document { Id = "d" + i, Text = "text " + i });
        }

        return docs;
    }

    /// <summary>The documents' wire bytes: equal bytes, identical documents (ids, text, tags, matches, order).</summary>
    public static string Bytes(DocumentArray docs) => Convert.ToHexString(DocumentProtoConverter.ToProto(docs).ToByteArray());
}
