using System.Diagnostics;
using System.Text.Json;
using Flow.Gateway.Tests.Support;
using Flow.Tests.Shared;

namespace Flow.Gateway.Tests.RealClients;

/// <summary>
/// Runs the README's "Front doors" commands as written (from the repository root, split into words as sh would), changing
/// only what a test must: the
/// workspace (a temporary folder instead of artifacts/textsearch) and the ports (0 instead of 54321 and 8080, so that the
/// test never collides with a port in use). The last command, curl, must find File.ReadAllLines first.
/// </summary>
public sealed class ReadmeFrontDoorsTests : IDisposable
{
    private readonly string _workspace = Path.Combine(Path.GetTempPath(), "flow-readme-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_workspace))
        {
            Directory.Delete(_workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Readme_FrontDoorsCommands_ServeTextSearchAndCurlFindsReadAllLines()
    {
        var commands = ReadmeCommands();
        Assert.Equal(4, commands.Count);
        Assert.StartsWith("dotnet run -c Release --project samples/TextSearch", commands[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet src/Flow.Host/bin/Release/net10.0/flow.dll run ", commands[2], StringComparison.Ordinal);
        Assert.StartsWith("curl ", commands[3], StringComparison.Ordinal);

        var indexArguments = Local(commands[0])["dotnet run -c Release --project samples/TextSearch -- ".Length..];
        var index = await RunAsync("dotnet samples/TextSearch/bin/Release/net10.0/TextSearch.dll " + indexArguments, TimeSpan.FromMinutes(5));
        Assert.True(index.ExitCode == 0, $"indexing failed ({index.ExitCode}): {index.Stderr}");
        Assert.True(File.Exists(Path.Combine(_workspace, "indexer", "0", "index.bin")), $"indexing wrote no index into {_workspace}:\n{index.Stdout}\n{index.Stderr}");
        Assert.Equal("dotnet build -c Release src/Flow.Host", commands[1]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "Flow.Host", "bin", "Release", "net10.0", "flow.dll")), "src/Flow.Host is not built in Release: run ./build.sh build first");

        var run = Local(commands[2]).Replace("--grpc-port 54321", "--grpc-port 0", StringComparison.Ordinal).Replace("--http-port 8080", "--http-port 0", StringComparison.Ordinal);
        var words = ShellWords.Split(run);
        var info = new ProcessStartInfo(words[0]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        foreach (var word in words.Skip(1))
        {
            info.ArgumentList.Add(word);
        }

        using var flow = Process.Start(info)!;
        // Standard error through the process's own event reader: an async ReadToEnd on it beside the line reads of standard
        // output stalled both here (the READY line never reached the test).
        var stderr = new System.Text.StringBuilder();
        flow.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        flow.BeginErrorReadLine();
        Task<string> Errors()
        {
            lock (stderr)
            {
                return Task.FromResult(stderr.ToString());
            }
        }

        try
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            string? ready = null;
            var lines = new List<string>();
            try
            {
                // WaitAsync bounds the wait even where a pipe read cannot be canceled.
                while ((ready = await flow.StandardOutput.ReadLineAsync(bound.Token).AsTask().WaitAsync(bound.Token)) is not null && !ready.StartsWith("READY ", StringComparison.Ordinal))
                {
                    lines.Add(ready);
                }
            }
            catch (OperationCanceledException)
            {
                flow.Kill(entireProcessTree: true);
                Assert.Fail($"flow run was not ready within 120 s: {string.Join('\n', lines)}\n{await Errors()}");
            }

            Assert.True(ready is not null, "flow run exited before READY: " + await Errors());
            var http = ready!.Split(' ')[2]["http=".Length..];
            var curlWords = ShellWords.Split(commands[3].Replace("127.0.0.1:8080", http, StringComparison.Ordinal));
            var curl = await ExternalProcess.RunAsync(curlWords[0], curlWords.Skip(1), TimeSpan.FromSeconds(60), RepoPaths.Root);
            Assert.True(curl.ExitCode == 0, $"curl failed ({curl.ExitCode}): {curl.Stderr}");

            var body = JsonDocument.Parse(curl.Stdout).RootElement;
            Assert.Equal("SUCCESS", body.GetProperty("header").GetProperty("status").GetProperty("code").GetString());
            Assert.Equal(["gateway", "extractor", "vectorizer", "indexer", "ranker"], body.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("executor").GetString()));
            var matches = body.GetProperty("data")[0].GetProperty("matches");
            Assert.Equal(5, matches.GetArrayLength());
            Assert.Equal("System.IO.File.ReadAllLines", matches[0].GetProperty("tags").GetProperty("name").GetString());

            var kill = await ExternalProcess.RunAsync("kill", ["-INT", flow.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
            Assert.Equal(0, kill.ExitCode);
            await flow.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, flow.ExitCode);
        }
        finally
        {
            if (!flow.HasExited)
            {
                flow.Kill(entireProcessTree: true);
            }
        }
    }

    private static Task<ExternalProcess.Result> RunAsync(string command, TimeSpan bound)
    {
        var words = ShellWords.Split(command);
        return ExternalProcess.RunAsync(words[0], words.Skip(1), bound, RepoPaths.Root);
    }

    private string Local(string command) => command.Replace("artifacts/textsearch", _workspace, StringComparison.Ordinal);

    private static List<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme.IndexOf("\n## Front doors\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no '## Front doors' section");
        var start = readme.IndexOf("```sh\n", section, StringComparison.Ordinal) + "```sh\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return [.. readme[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
