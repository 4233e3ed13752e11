using System.Text.Json.Nodes;
using Flow.Actors.Executors;
using Flow.Actors.Gateway;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Requests;
using Flow.Core.Runs;

using S = Flow.Actors.Status;

namespace Flow.Actors.Tests.Wire;

/// <summary>One fixed message per wire manifest (the snapshot tests lock their bytes).</summary>
internal static class WireSamples
{
    public static readonly FlowError Error = new("enc", "InvalidOperationException", "boom", "at Enc.Run()");

    public static readonly CallKey Key = new(7, 2, CallStage.Shard, 1);

    public static DocumentArray Docs()
    {
        var doc = new Document
        {
            Id = "d1",
            Text = "hi",
            Blob = new byte[] { 1, 2 },
            Embedding = Embedding.Dense([0.5f, -1f]),
        };
        doc.Tags["k"] = "v";
        doc.Matches.Add(new Document { Id = "m" });
        return new DocumentArray([doc, new Document { Id = "d2" }]);
    }

    /// <summary>A document with every field set.</summary>
    public static Document FullDocument()
    {
        var doc = new Document
        {
            Id = "d1",
            ParentId = "p",
            Text = "hi",
            Blob = new byte[] { 1, 2 },
            Uri = "u",
            MimeType = "text/plain",
            Modality = "text",
            Embedding = Embedding.Sparse(4, [1, 3], [0.5f, 2f]),
            Tensor = new Tensor([1f, 2f], [1, 2]),
            Weight = 1.5f,
            Granularity = 1,
            Adjacency = 2,
        };
        doc.Tags["s"] = "v";
        doc.Tags["n"] = 3;
        doc.Scores["cos"] = new NamedScore(0.25, "cosine", "d", "r");
        doc.Chunks.Add(new Document { Id = "c", Text = "chunk" });
        doc.Matches.Add(new Document { Id = "m", Embedding = Embedding.Dense([1f]) });
        return doc;
    }

    public static JsonObject Parameters() => new() { ["top_k"] = 3, ["__results__"] = new JsonObject() };

    public static ExecutorInput Input() => new("/search", Docs(), Parameters());

    public static ExecutorInput PartsInput() =>
        ExecutorInput.FromParts("/index", [new DocumentArray([new Document { Id = "a" }]), new DocumentArray([new Document { Id = "b" }])], null);

    public static FlowRequest Request() => new("/search", Docs(), Parameters())
    {
        RequestId = "r1",
        TargetExecutor = "enc.*",
        Timeout = TimeSpan.FromMilliseconds(1500),
    };

    public static FlowResponse Response()
    {
        var response = new FlowResponse("r1", Docs(), Parameters()) { Error = Error };
        var start = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(1));
        response.Routes.Add(new RouteEntry("gateway", ResponseStatus.Ok) { StartTime = start, EndTime = start.AddMilliseconds(5) });
        response.Routes.Add(new RouteEntry("enc", ResponseStatus.Error));
        return response;
    }

    public static ReplicaSpec Spec() => new("f1", "enc", "Encoder", new JsonObject { ["dim"] = 8 }, 1, 2, 3, "/ws", "encoder-ws");

    public static S.ClusterStatusReport ClusterStatus() => new(
        [new("akka.tcp://flow@127.0.0.2:4053", ["seed"], "Up", true), new("akka.tcp://flow@127.0.0.3:4054", ["index"], "Up", false)],
        [FlowStatus()]);

    public static S.FlowStatusEntry FlowStatus() =>
        new("f1", [new("enc", [new(0, "akka.tcp://flow@127.0.0.3:4054", ["akka.tcp://flow@127.0.0.3:4054"]), new(1, string.Empty, [])])]);

    /// <summary>Every manifest with its fixed message, in <see cref="Serialization.WireManifests"/> order.</summary>
    public static IReadOnlyList<(string Manifest, object Message)> All() =>
    [
        ("GP", new PostRequest(Request())),
        ("RQ", Request()),
        ("RS", Response()),
        ("SC", new ShardCall(Key, Input())),
        ("CR", new CallResult(Key, Docs(), Parameters(), Error)),
        ("SS", new StartShard(1)),
        ("SSd", new ShardStarted(1, 3, 2, Error)),
        ("SP", new ProbeShard(1)),
        ("SPd", new ShardProbeResult("enc", 1, "akka.tcp://flow@127.0.0.2:4053", 2, 3, ["akka.tcp://flow@127.0.0.2:4053", "akka.tcp://flow@127.0.0.3:4053"])),
        ("SX", new CloseShard(1)),
        ("SXd", new ShardClosed(1, null)),
        ("SZ", StopShard.Instance),
        ("RP", Spec()),
        ("RW", new ReplicaWork(5, PartsInput(), 1)),
        ("RWd", new ReplicaDone(2, 5, Docs(), Parameters(), null)),
        ("RWc", new ReplicaCrashed(2, 5, Error)),
        ("RWb", new ReplicaBounced(2, 5, Error)),
        ("RJ", ReplicaJoin.Instance),
        ("RJd", new ReplicaAssigned(2)),
        ("RU", new ReplicaUp(2)),
        ("RUb", new ReplicaBroken(2, Error)),
        ("RG", new ReplicaPing(2)),
        ("RGd", new ReplicaPong(2)),
        ("RX", CloseReplica.Instance),
        ("RXd", new ReplicaClosed(2, Error)),
        ("GD", DescribeFlow.Instance),
        ("GDd", new FlowDescription("f1", ["enc", "idx"], "executors=enc,idx")),
        ("TC", S.GetClusterStatus.Instance),
        ("TCd", ClusterStatus()),
        ("TL", S.GetLocalFlows.Instance),
        ("TLd", new S.LocalFlows([FlowStatus()])),
    ];
}
