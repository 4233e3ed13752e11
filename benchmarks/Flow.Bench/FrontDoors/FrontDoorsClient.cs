using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Flow.Bench.Common;
using Flow.Bench.Executors;
using Flow.Gateway.Protos.DocArray;
using Flow.Gateway.Protos.Jina;
using Grpc.Net.Client;

namespace Flow.Bench.FrontDoors;

/// <summary>
/// The front doors' load generator, run as its own process (<c>Flow.Bench front-doors-client</c>) so that its CPU time is
/// measured apart from the server's: <c>--mode grpc|http --address host:port --callers N --seconds S</c> (throughput: each
/// caller sends its next request when the previous answered; gRPC callers are <c>JinaRPC.Call</c> streams on one channel,
/// or spread over <c>--connections N</c> channels (HTTP/2 connections), HTTP callers are connections) or <c>--requests N</c> with one caller (latency). Prints one line:
/// <c>rate=&lt;requests/s&gt; cpu=&lt;cores used&gt; p50=&lt;us&gt;</c>.
/// </summary>
internal static class FrontDoorsClient
{
    private static readonly byte[] HttpBody = Encoding.UTF8.GetBytes("""{"data": [{"id": "q", "text": "hello"}], "exec_endpoint": "/index"}""");

    public static async Task<int> RunAsync(string[] args)
    {
        var mode = Arg(args, "--mode");
        var address = Arg(args, "--address");
        var callers = BenchOptions.Int(args, "--callers", 64);
        var seconds = BenchOptions.Int(args, "--seconds", 3);
        var requests = BenchOptions.Int(args, "--requests", 0);
        var depth = BenchOptions.Int(args, "--depth", 1);
        s_channels = new GrpcChannel?[Math.Max(1, BenchOptions.Int(args, "--connections", 1))];
        Func<Task<Func<Task>>> connect = mode switch
        {
            "grpc" => () => depth > 1 ? PipelinedGrpcCaller(address, depth) : GrpcCaller(address),
            "http" => () => HttpCaller(address),
            "rawhttp" => async () => (await RawHttpConnection.ConnectAsync(address, "/post", HttpBody)).PostAsync,
            _ => throw new ArgumentException("--mode grpc|http"),
        };
        if (requests > 0)
        {
            var send = await connect();
            for (var i = 0; i < 500; i++)
            {
                await send(); // warm-up
            }

            var samples = new double[requests];
            for (var i = 0; i < requests; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await send();
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(samples);
            Console.WriteLine($"rate=0 cpu=0 p50={samples[requests / 2]:0.0}");
            return 0;
        }

        var senders = new Func<Task>[callers];
        for (var c = 0; c < callers; c++)
        {
            senders[c] = await connect();
        }

        await Drive(senders, TimeSpan.FromSeconds(1)); // warm-up
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var count = await Drive(senders, TimeSpan.FromSeconds(seconds));
        sw.Stop();
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"rate={count / sw.Elapsed.TotalSeconds:0} cpu={used:0.00} p50=0");
        return 0;
    }

    private static async Task<long> Drive(Func<Task>[] senders, TimeSpan duration)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = new long[senders.Length];
        var tasks = new Task[senders.Length];
        for (var c = 0; c < senders.Length; c++)
        {
            var caller = c;
            tasks[c] = Task.Run(async () =>
            {
                long n = 0;
                while (Stopwatch.GetTimestamp() < stop)
                {
                    await senders[caller]().ConfigureAwait(false);
                    n++;
                }

                counts[caller] = n;
            });
        }

        await Task.WhenAll(tasks);
        return counts.Sum();
    }

    private static GrpcChannel?[] s_channels = new GrpcChannel?[1];
    private static int s_streams;

    /// <summary>The channel of the next stream: the streams go round the channels (each its own HTTP/2 connection).</summary>
    private static GrpcChannel Channel(string address)
    {
        var index = s_streams++ % s_channels.Length;
        return s_channels[index] ??= GrpcChannel.ForAddress("http://" + address);
    }

    private static Task<Func<Task>> GrpcCaller(string address)
    {
        var call = new JinaRPC.JinaRPCClient(Channel(address)).Call();
        var request = new DataRequestProto
        {
            Header = new HeaderProto { RequestId = "q", ExecEndpoint = "/index" },
            Data = new DataRequestProto.Types.DataContentProto { Docs = new DocumentArrayProto { Docs = { new DocumentProto { Id = "q", Text = "hello" } } } },
        };
        return Task.FromResult<Func<Task>>(async () =>
        {
            await call.RequestStream.WriteAsync(request).ConfigureAwait(false);
            if (!await call.ResponseStream.MoveNext(CancellationToken.None).ConfigureAwait(false) || call.ResponseStream.Current.Header.Status.Code != StatusProto.Types.StatusCode.Success)
            {
                throw new InvalidOperationException("unexpected gRPC response");
            }
        });
    }

    /// <summary>
    /// A stream with <paramref name="depth"/> requests in flight, as Jina's client uses Call (it writes ahead up to its
    /// prefetch): each call of the returned function waits for one response and writes one more request.
    /// </summary>
    private static async Task<Func<Task>> PipelinedGrpcCaller(string address, int depth)
    {
        var call = new JinaRPC.JinaRPCClient(Channel(address)).Call();
        var request = new DataRequestProto
        {
            Header = new HeaderProto { RequestId = "q", ExecEndpoint = "/index" },
            Data = new DataRequestProto.Types.DataContentProto { Docs = new DocumentArrayProto { Docs = { new DocumentProto { Id = "q", Text = "hello" } } } },
        };
        for (var i = 0; i < depth; i++)
        {
            await call.RequestStream.WriteAsync(request).ConfigureAwait(false);
        }

        return async () =>
        {
            if (!await call.ResponseStream.MoveNext(CancellationToken.None).ConfigureAwait(false) || call.ResponseStream.Current.Header.Status.Code != StatusProto.Types.StatusCode.Success)
            {
                throw new InvalidOperationException("unexpected gRPC response");
            }

            await call.RequestStream.WriteAsync(request).ConfigureAwait(false);
        };
    }

    private static Task<Func<Task>> HttpCaller(string address)
    {
        // One connection per caller: its own handler.
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = new Uri("http://" + address) };
        var type = new MediaTypeHeaderValue("application/json");
        return Task.FromResult<Func<Task>>(async () =>
        {
            using var content = new ByteArrayContent(HttpBody);
            content.Headers.ContentType = type;
            using var response = await http.PostAsync("/post", content).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException("unexpected HTTP status " + (int)response.StatusCode);
            }
        });
    }

    private static string Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : throw new ArgumentException("missing " + name);
    }
}
