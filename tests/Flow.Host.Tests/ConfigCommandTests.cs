using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Host.Tests;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "flow-host-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public ConfigCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private int Run(params string[] args) => Flow.Host.Cli.FlowCommandLine.Run(args, TextReader.Null, _stdout, _stderr);

    [Fact]
    public void Config_ValidFile_PrintsResolvedJsonAndExitsZero()
    {
        var file = Write("node.conf", "a { b = 1 }\nc = ${a.b} two\nd = [1, 2]");
        Assert.Equal(0, Run("config", file));
        Assert.Equal("{\n  \"a\": {\n    \"b\": 1\n  },\n  \"c\": \"1 two\",\n  \"d\": [\n    1,\n    2\n  ]\n}\n", _stdout.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, _stderr.ToString());
    }

    [Fact]
    public void Config_ParseError_PrintsLocationOnStderrAndExitsOne()
    {
        var file = Write("bad.conf", "a = 1\nb = [1,,2]");
        Assert.Equal(1, Run("config", file));
        Assert.Equal(string.Empty, _stdout.ToString());
        Assert.Equal($"flow config: {file}:2:8: expected a list element or ']', found ','\n", _stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Config_UnresolvedSubstitution_ExitsOneNamingPath()
    {
        var file = Write("bad.conf", "a = ${missing.path}");
        Assert.Equal(1, Run("config", file));
        Assert.Contains("'missing.path'", _stderr.ToString());
    }

    [Fact]
    public void Config_MissingFile_ExitsOne()
    {
        Assert.Equal(1, Run("config", Path.Combine(_dir, "absent.conf")));
        Assert.Contains("absent.conf", _stderr.ToString());
    }

    [Fact]
    public void Config_NoFileArgument_UsageErrorExitsTwo()
    {
        Assert.Equal(2, Run("config"));
        Assert.StartsWith("flow: Required argument missing for command: 'config'.", _stderr.ToString());
        Assert.Contains("config <file> [options]", _stderr.ToString());
    }

    [Fact]
    public void Config_TwoFiles_UsageErrorExitsTwo() => Assert.Equal(2, Run("config", "a.conf", "b.conf"));

    [Fact]
    public void Config_UnknownOption_UsageErrorExitsTwo() => Assert.Equal(2, Run("config", "--nope", "a.conf"));

    [Fact]
    public void Config_WithReference_IncludesDefaults()
    {
        var file = Write("node.conf", "akka.actor.default-dispatcher.throughput = 7");
        Assert.Equal(0, Run("config", file, "--with-reference"));
        var output = _stdout.ToString();
        Assert.Contains("\"throughput\": 7", output);
        Assert.Contains("\"state-store-mode\": \"ddata\"", output);
        Assert.Contains("\"cache-entity-refs\": \"on\"", output);
    }

    [Fact]
    public void Config_WithReference_FileKeysPrintFirstInFileOrder()
    {
        var file = Write("node.conf", "zzz = 1\nflow.gateway.cache-entity-refs = off");
        Assert.Equal(0, Run("config", file, "--with-reference"));
        Assert.StartsWith("{\n  \"zzz\": 1,\n  \"flow\": {\n    \"gateway\": {\n      \"cache-entity-refs\": \"off\",", _stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Config_WithReference_PrintsExactlyTheTreeANodeHandsToAkka()
    {
        Write("parts/net.conf", "akka.remote.dot-netty.tcp { hostname = \"127.0.0.9\", port = 0 }");
        var file = Write("node.conf", "include \"parts/net.conf\"\nakka.cluster.roles = [host]\nakka.cluster.roles += ${?FLOW_ROLES}\nflow.shutdown.drain-timeout = 45s");
        var environment = new ConfigLoadOptions { Environment = name => name == "FLOW_ROLES" ? "index" : null };

        Assert.Equal(0, ConfigPrinter.Execute(file, withReference: true, TextReader.Null, _stdout, _stderr, environment));

        // FlowConfig.LoadFile is what flow-seed hands to FlowConfig.ToAkka.
        var handedToAkka = FlowConfig.LoadFile(file, environment);
        Assert.Equal(handedToAkka.ToJson() + "\n", _stdout.ToString().ReplaceLineEndings("\n"));
        var printed = Config.ParseString(_stdout.ToString());
        Assert.Equal(handedToAkka.ToJson(), printed.ToJson());
        Assert.Equal(["host", "index"], printed.GetStringList("akka.cluster.roles"));
        Assert.Equal("127.0.0.9", printed.GetString("akka.remote.dot-netty.tcp.hostname"));
        Assert.Equal(string.Empty, _stderr.ToString());
    }

    [Fact]
    public void Config_WithReferenceFromStandardInput_SameTreeAsTheFile()
    {
        const string Text = "akka.loglevel = DEBUG\nflow.executor.retries = 4";
        var exit = Flow.Host.Cli.FlowCommandLine.Run(["config", "-", "--with-reference"], new StringReader(Text), _stdout, _stderr);
        Assert.Equal(0, exit);
        Assert.Equal(FlowConfig.ParseString(Text, "<stdin>").ToJson() + "\n", _stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Config_WithReference_SubstitutionInTheFileSeesTheReference()
    {
        var file = Write("node.conf", "copy = ${flow.shutdown.close-timeout}");
        Assert.Equal(0, Run("config", file, "--with-reference"));
        Assert.Equal("30s", Config.ParseString(_stdout.ToString()).GetString("copy"));
        Assert.Equal(1, Run("config", file));
        Assert.StartsWith($"flow config: {file}:1:8: could not resolve substitution ${{flow.shutdown.close-timeout}}", _stderr.ToString());
    }

    [Fact]
    public void Program_NoArguments_UsageExitsTwo() => Assert.Equal(2, Run());

    [Fact]
    public void Program_UnknownCommand_ExitsTwo()
    {
        Assert.Equal(2, Run("frobnicate"));
        Assert.StartsWith("flow: Unrecognized command or argument 'frobnicate'.", _stderr.ToString());
        Assert.Contains("Usage:", _stderr.ToString());
    }

    [Fact]
    public void Program_Help_ExitsZero()
    {
        Assert.Equal(0, Run("--help"));
        Assert.Contains("config <file>", _stdout.ToString());
        Assert.Contains("host", _stdout.ToString());
    }

    [Fact]
    public void Config_Dash_ReadsStandardInput()
    {
        var exit = Flow.Host.Cli.FlowCommandLine.Run(["config", "-"], new StringReader("a = [1, ${b}]\nb = x"), _stdout, _stderr);
        Assert.Equal(0, exit);
        Assert.Equal("{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": \"x\"\n}\n", _stdout.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Config_StandardInputError_NamesStdin()
    {
        var exit = Flow.Host.Cli.FlowCommandLine.Run(["config", "-"], new StringReader("a = ["), _stdout, _stderr);
        Assert.Equal(1, exit);
        Assert.StartsWith("flow config: <stdin>:1:6:", _stderr.ToString());
    }
}
