using BenchmarkDotNet.Attributes;
using Flow.Hocon;
using Flow.Hocon.Parsing;

namespace Flow.Benchmarks.Configuration;

/// <summary>Parse and resolve a generated 3,000-line configuration (target: under 5 ms after warm-up).</summary>
[MemoryDiagnoser]
public class HoconParseBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = HoconSample.Generate(3_000);

    [Benchmark]
    public Config ParseAndResolve3000Lines() => Config.ParseString(_text, "bench.conf");

    [Benchmark]
    public int LexOnly3000Lines() => Lexer.Tokenize(_text, "bench.conf").Count;

    [Benchmark]
    public ConfigObject ParseOnly3000Lines() =>
        Parser.Parse(_text, "bench.conf", null, Array.Empty<string>(), new IncludeContext());

    [Benchmark]
    public string ParseResolveAndRender3000Lines() => Config.ParseString(_text, "bench.conf").ToJson();
}
