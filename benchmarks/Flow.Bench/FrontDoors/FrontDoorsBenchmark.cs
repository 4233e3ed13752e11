using System.Diagnostics;
using System.Globalization;
using Flow.Bench.Common;
using Flow.Bench.Executors;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;
using Flow.Actors.Client;
using Flow.Actors.Hosting;
using Flow.Gateway.Hosting;
using Flow.Gateway.Target;

namespace Flow.Bench.FrontDoors;

/// <summary>
/// Front doors: the 3-no-op-executor Flow (1-document requests) posted through <c>JinaRPC.Call</c> (64 concurrent streams)
/// and <c>POST /post</c> (64 connections) on 127.0.0.1, beside the in-process <see cref="FlowClient"/> (64 callers) in the
/// same run; p50 at light load (1 caller) for each. The load generator is a separate process
/// (<see cref="FrontDoorsClient"/>) on the same 2 cores: its CPU use is printed, and the same load against a front door with
/// no Flow behind it (<see cref="EchoTarget"/>) shows what the front door and the generator cost alone.
/// Options: <c>--seconds N</c> (3), <c>--callers N</c> (64), <c>--repeat N</c> (3).
/// </summary>
internal static class FrontDoorsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Int(args, "--seconds", 3);
        var callers = BenchOptions.Int(args, "--callers", 64);
        var repeat = BenchOptions.Int(args, "--repeat", 3);
        Console.WriteLine($"front-doors: chain of 3 no-op executors, 1-doc requests, {Environment.ProcessorCount} cores, server GC: {System.Runtime.GCSettings.IsServerGC}, load generator in its own process");
        var flow = new FlowBuilder().Add<NoOpExecutor>("e1").Add<NoOpExecutor>("e2").Add<NoOpExecutor>("e3").Build();
        await using var host = await FlowHost.StartAsync(flow);
        var options = new FlowGatewayServerOptions { GrpcPort = 0, HttpPort = 0 };
        await using var server = await FlowGatewayServer.StartAsync(new FlowHostGatewayTarget(host, flow), options);
        await using var echo = await FlowGatewayServer.StartAsync(new EchoTarget(), options);

        var depth = BenchOptions.Int(args, "--depth", 8);
        var inProcess = new List<double>();
        var grpc = new List<double>();
        var pipelined = new List<double>();
        var http = new List<double>();
        var cores = Environment.ProcessorCount;
        var load = $"--callers {callers} --seconds {seconds}";
        await InProcessAsync(host.Client, callers, TimeSpan.FromSeconds(1));
        for (var i = 0; i < repeat; i++)
        {
            inProcess.Add(await InProcessAsync(host.Client, callers, TimeSpan.FromSeconds(seconds)));
            Console.WriteLine($"front-doors-inprocess-run-{i + 1}: {inProcess[^1]:0} requests/s (FlowClient, callers={callers})");
            var g = await ClientAsync("grpc", server.GrpcAddress!, load);
            grpc.Add(g.Rate);
            Console.WriteLine($"front-doors-grpc-run-{i + 1}: {g.Rate:0} requests/s (JinaRPC.Call, streams={callers}, 1 in flight each; load generator used {g.Cpu:0.00} of {cores} cores)");
            var p = await ClientAsync("grpc", server.GrpcAddress!, load + $" --depth {depth}");
            pipelined.Add(p.Rate);
            Console.WriteLine($"front-doors-grpc-pipelined-run-{i + 1}: {p.Rate:0} requests/s (JinaRPC.Call, streams={callers}, {depth} in flight each as Jina's client writes ahead; load generator used {p.Cpu:0.00} of {cores} cores)");
            var h = await ClientAsync("rawhttp", server.HttpAddress!, load);
            http.Add(h.Rate);
            Console.WriteLine($"front-doors-http-run-{i + 1}: {h.Rate:0} requests/s (POST /post, connections={callers}, keep-alive, wrk-like client; load generator used {h.Cpu:0.00} of {cores} cores)");
        }

        // Jina's clients each hold their own channel: the same 64 streams over 8 HTTP/2 connections instead of one.
        var spread = await ClientAsync("grpc", server.GrpcAddress!, load + " --connections 8");
        Console.WriteLine($"front-doors-grpc-8-connections: {spread.Rate:0} requests/s (JinaRPC.Call, streams={callers} over 8 connections, 1 in flight each, {spread.Rate / Stats.Median(inProcess):0.00}x in-process; load generator used {spread.Cpu:0.00} of {cores} cores)");
        var httpClient = await ClientAsync("http", server.HttpAddress!, load);
        Console.WriteLine($"front-doors-http-httpclient: {httpClient.Rate:0} requests/s (POST /post through .NET's HttpClient, connections={callers}; load generator used {httpClient.Cpu:0.00} of {cores} cores)");
        var grpcEcho = await ClientAsync("grpc", echo.GrpcAddress!, load);
        Console.WriteLine($"front-doors-grpc-no-flow: {grpcEcho.Rate:0} requests/s (front door answering at once, streams={callers}, 1 in flight each; load generator used {grpcEcho.Cpu:0.00} of {cores} cores)");
        var pipelinedEcho = await ClientAsync("grpc", echo.GrpcAddress!, load + $" --depth {depth}");
        Console.WriteLine($"front-doors-grpc-pipelined-no-flow: {pipelinedEcho.Rate:0} requests/s (front door answering at once, streams={callers}, {depth} in flight each; load generator used {pipelinedEcho.Cpu:0.00} of {cores} cores)");
        var httpEcho = await ClientAsync("rawhttp", echo.HttpAddress!, load);
        Console.WriteLine($"front-doors-http-no-flow: {httpEcho.Rate:0} requests/s (front door answering at once, connections={callers}; load generator used {httpEcho.Cpu:0.00} of {cores} cores)");

        var p50InProcess = new List<double>();
        var p50Grpc = new List<double>();
        var p50Http = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            p50InProcess.Add(await InProcessLatencyAsync(host.Client, 5_000));
            p50Grpc.Add((await ClientAsync("grpc", server.GrpcAddress!, "--requests 5000")).P50);
            p50Http.Add((await ClientAsync("rawhttp", server.HttpAddress!, "--requests 5000")).P50);
            Console.WriteLine($"front-doors-latency-run-{i + 1}: p50 in-process {p50InProcess[^1]:0.0} us, grpc {p50Grpc[^1]:0.0} us, http {p50Http[^1]:0.0} us (callers=1)");
        }

        double inProc = Stats.Median(inProcess), g50 = Stats.Median(p50Grpc), h50 = Stats.Median(p50Http);
        double gRate = Stats.Median(grpc), pRate = Stats.Median(pipelined), hRate = Stats.Median(http);
        Console.WriteLine($"front-doors-inprocess: {inProc:0} requests/s (FlowClient, callers={callers}, median of {repeat}); p50 {Stats.Median(p50InProcess):0.0} us (callers=1)");
        Console.WriteLine($"front-doors-grpc: {gRate:0} requests/s (streams={callers}, 1 in flight each, {gRate / inProc:0.00}x in-process, median of {repeat}); p50 {g50:0.0} us (callers=1)");
        Console.WriteLine($"front-doors-http: {hRate:0} requests/s (connections={callers}, {hRate / inProc:0.00}x in-process, median of {repeat}); p50 {h50:0.0} us (callers=1)");
        Console.WriteLine($"front-doors: {pRate:0} requests/s (grpc streams={callers} x {depth} in flight, {pRate / inProc:0.00}x in-process; 1 in flight {gRate / inProc:0.00}x; http {hRate / inProc:0.00}x; p50 grpc {g50:0} us, http {h50:0} us; median of {repeat})");
        return 0;
    }

    private static async Task<(double Rate, double Cpu, double P50)> ClientAsync(string mode, Uri address, string arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(FrontDoorsBenchmark).Assembly.Location);
        info.ArgumentList.Add("front-doors-client");
        info.ArgumentList.Add("--mode");
        info.ArgumentList.Add(mode);
        info.ArgumentList.Add("--address");
        info.ArgumentList.Add(address.Authority);
        foreach (var a in arguments.Split(' '))
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("the load generator did not start");
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = await process.StandardOutput.ReadToEndAsync(bound.Token);
        var errors = await process.StandardError.ReadToEndAsync(bound.Token);
        await process.WaitForExitAsync(bound.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the load generator failed ({process.ExitCode}): {errors}");
        }

        var values = output.Trim().Split(' ').Select(p => double.Parse(p[(p.IndexOf('=') + 1)..], CultureInfo.InvariantCulture)).ToArray();
        return (values[0], values[1], values[2]);
    }

    private static async Task<double> InProcessAsync(FlowClient client, int callers, TimeSpan duration)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = new long[callers];
        var sw = Stopwatch.StartNew();
        var tasks = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            tasks[c] = Task.Run(async () =>
            {
                long n = 0;
                while (Stopwatch.GetTimestamp() < stop)
                {
                    await client.SendAsync(Request()).ConfigureAwait(false);
                    n++;
                }

                counts[caller] = n;
            });
        }

        await Task.WhenAll(tasks);
        return counts.Sum() / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> InProcessLatencyAsync(FlowClient client, int requests)
    {
        var samples = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await client.SendAsync(Request()).ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples[requests / 2];
    }

    private static FlowRequest Request() => new("/index", new DocumentArray(1) { new Document { Id = "q", Text = "hello" } });
}
