using System.Diagnostics;
using System.Globalization;
using Flow.Actors;
using Flow.Actors.Remote;
using Flow.Core.Documents;
using Flow.Engine.Remote;
using Flow.Core.Wire;

namespace Flow.Bench.Remote;

/// <summary>
/// Throughput of 1 MiB DocumentArrays between two processes over loopback TCP. This process (127.0.0.2) starts a second
/// one, itself as <c>remote-docs --echo-node 127.0.0.3</c>, which hosts a sink (answers each array with a 4-byte ack)
/// and an echo (sends the whole array back). For each content (64 documents of text, of blob, of dense float
/// embeddings, sized so the serialized array is about 1 MiB) it sends warm-up arrays (after one warm-up pass over every
/// variant), then a bounded count with a
/// window in flight, and prints MB/s (MB = 10^6 bytes of serialized DocumentArrayProto; round trips count both ways).
/// Options: <c>--arrays N</c> (200), <c>--warmup N</c> (20), <c>--in-flight N</c> (8), <c>--docs N</c> (64),
/// <c>--contents text,blob,embedding</c> (all three).
/// </summary>
internal static class RemoteDocsBenchmark
{
    private const int TargetBytes = 1024 * 1024;
    private static readonly TimeSpan RunBound = TimeSpan.FromMinutes(3);

    public static Task<int> RunAsync(string[] args) =>
        Option(args, "--echo-node") is { } host ? RunEchoNodeAsync(host) : RunSenderAsync(args);

    /// <summary>Both nodes: remoting with the engine's wire types (FlowRemoting.Enable) plus the DocumentArray itself.</summary>
    private static ActorSystem Start(string name, string host)
    {
        var remote = FlowRemoting.Enable(new RemoteSettings { Hostname = host, Port = 0 });
        remote.Serialization.Register<DocumentArray>(DocumentArrayWireSerializer.TypeId, new DocumentArrayWireSerializer());
        return ActorSystem.Create(name, new ActorSystemSetup { Settings = ActorSystemSettings.Default with { Remote = remote } });
    }

    private static async Task<int> RunEchoNodeAsync(string host)
    {
        var system = Start("docs-echo", host);
        system.ActorOf(Props.Create<DocsSinkActor>(), "sink");
        system.ActorOf(Props.Create<DocsEchoActor>(), "echo");
        Console.WriteLine($"READY {system.Address}");
        Console.Out.Flush();

        // Runs until the parent closes our standard input (or dies, which closes it too).
        await Console.In.ReadToEndAsync();
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
        await ((RemoteTransport)system.RemoteHook!).WhenStopped.WaitAsync(TimeSpan.FromSeconds(10));
        Console.WriteLine("STOPPED");
        return 0;
    }

    private static async Task<int> RunSenderAsync(string[] args)
    {
        var arrays = Int(args, "--arrays", 200);
        var warmup = Int(args, "--warmup", 20);
        var inFlight = Int(args, "--in-flight", 8);
        var docCount = Int(args, "--docs", 64);
        var contents = Option(args, "--contents")?.Split(',') ?? ["text", "blob", "embedding"];

        var a = Start("docs-a", "127.0.0.2");
        var sender = a.ActorOf(Props.Create<DocsSenderActor>(), "sender");
        EchoNodeProcess? node = null;
        try
        {
            node = await EchoNodeProcess.StartAsync("127.0.0.3", TimeSpan.FromSeconds(60));
            Console.WriteLine($"remote-docs: {a.Address} (pid {Environment.ProcessId}) -> {node.Address} (pid {node.Pid}), {docCount} docs per array, a warm-up pass over all variants then {warmup} warm-up + {arrays} arrays per variant, {inFlight} in flight, MB = 10^6 bytes of serialized DocumentArrayProto, server GC: {System.Runtime.GCSettings.IsServerGC}, cores: {Environment.ProcessorCount}");
            var sink = await a.ActorSelection($"{node.Address}/user/sink").ResolveOne(TimeSpan.FromSeconds(10));
            var echo = await a.ActorSelection($"{node.Address}/user/echo").ResolveOne(TimeSpan.FromSeconds(10));

            // One warm-up pass over every variant first (connection, JIT and tiering of every serializer path): with only
            // its own warm-up, the first variant measured cold on a 2-core machine (text one-way: 116–456 MB/s vs 283–549).
            var built = contents.ToDictionary(c => c, c => Build(c, docCount));
            foreach (var (docs, _) in built.Values)
            {
                await RunAsync(sender, sink, docs, warmup, inFlight);
                await RunAsync(sender, echo, docs, warmup, inFlight);
            }

            var best = 0.0;
            var bestVariant = string.Empty;
            foreach (var roundTrip in new[] { false, true })
            {
                foreach (var content in contents)
                {
                    var (docs, size) = built[content];
                    var target = roundTrip ? echo : sink;
                    await RunAsync(sender, target, docs, warmup, inFlight);
                    GC.Collect();
                    var elapsed = await RunAsync(sender, target, docs, arrays, inFlight);
                    var mbs = arrays * (double)size * (roundTrip ? 2 : 1) / 1e6 / elapsed.TotalSeconds;
                    var variant = roundTrip ? content + "-roundtrip" : content;
                    Console.WriteLine($"remote-docs-{variant}: {mbs:0} MB/s (arrays={arrays}, size={size})");
                    if (mbs > best)
                    {
                        best = mbs;
                        bestVariant = variant;
                    }
                }
            }

            Console.WriteLine($"remote-docs-echo-node: {await node.StopAsync(TimeSpan.FromSeconds(15))}");
            Console.WriteLine($"remote-docs: {best:0} MB/s ({bestVariant})");
            return 0;
        }
        finally
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }

            await a.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private static async Task<TimeSpan> RunAsync(IActorRef sender, IActorRef target, DocumentArray docs, int count, int inFlight)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sw = Stopwatch.StartNew();
        sender.Tell(new DocsRun(target, docs, count, inFlight, done), null);
        await done.Task.WaitAsync(RunBound);
        sw.Stop();
        return sw.Elapsed;
    }

    /// <summary>An array of <paramref name="count"/> documents whose payload is sized so the serialized array is about 1 MiB; returns its actual serialized size.</summary>
    private static (DocumentArray Docs, int Size) Build(string content, int count)
    {
        var payload = TargetBytes / count;
        var docs = Create(content, count, payload);
        var size = DocumentSerializer.Serialize(docs).Length;
        for (var i = 0; i < 4 && size > TargetBytes; i++)
        {
            payload -= (size - TargetBytes + count - 1) / count;
            docs = Create(content, count, payload);
            size = DocumentSerializer.Serialize(docs).Length;
        }

        return (docs, size);
    }

    private static DocumentArray Create(string content, int count, int payloadBytes)
    {
        var random = new Random(42);
        var docs = new DocumentArray(count);
        for (var i = 0; i < count; i++)
        {
            var doc = new Document { Id = $"doc-{i:D4}" };
            switch (content)
            {
                case "text":
                    doc.Text = string.Create(payloadBytes, random, static (span, r) =>
                    {
                        for (var j = 0; j < span.Length; j++)
                        {
                            span[j] = (char)('a' + r.Next(26));
                        }
                    });
                    break;
                case "blob":
                    var blob = new byte[payloadBytes];
                    random.NextBytes(blob);
                    doc.Blob = blob;
                    break;
                default:
                    var values = new float[payloadBytes / sizeof(float)];
                    for (var j = 0; j < values.Length; j++)
                    {
                        values[j] = random.NextSingle() * 2 - 1;
                    }

                    doc.Embedding = Embedding.Dense(values);
                    break;
            }

            docs.Add(doc);
        }

        return docs;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
