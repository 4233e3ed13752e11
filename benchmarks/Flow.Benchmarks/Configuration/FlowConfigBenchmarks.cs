using System.Reflection;
using BenchmarkDotNet.Attributes;
using Flow.Actors.Configuration;
using Flow.Hocon;
using AkkaConfig = Akka.Configuration.Config;
using AkkaFactory = Akka.Configuration.ConfigurationFactory;

namespace Flow.Benchmarks.Configuration;

/// <summary>
/// What a node pays to configure itself: <c>hocon/host.conf</c> loaded over Flow's reference and Akka's (already read
/// once per process) and resolved, then converted into Akka's tree; and, once per process, reading Akka's reference
/// resources — by Flow's parser and, in the same run, by Akka's own (the baseline).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FlowConfigBenchmarks
{
    private static readonly ConfigLoadOptions NoEnvironment = new() { Environment = _ => null };
    private string _hostConf = string.Empty;
    private Config _loaded = Config.Empty;
    private (string Resource, string Text)[] _akkaResources = [];

    [GlobalSetup]
    public void Setup()
    {
        _hostConf = FindRepositoryFile(Path.Combine("hocon", "host.conf"));
        _loaded = FlowConfig.LoadFile(_hostConf, NoEnvironment);
        _akkaResources = AkkaReferenceConfig.Names.Select(name =>
        {
            var assembly = Assembly.Load(name[..name.IndexOf('/', StringComparison.Ordinal)]);
            var resource = name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            return (resource, reader.ReadToEnd());
        }).ToArray();
    }

    /// <summary>host.conf over Flow's reference over Akka's (cached), resolved once.</summary>
    [Benchmark]
    public Config LoadHostConf() => FlowConfig.LoadFile(_hostConf, NoEnvironment);

    /// <summary>The resolved tree (about 1,900 settings) into Akka's nodes.</summary>
    [Benchmark]
    public AkkaConfig ToAkka() => FlowConfig.ToAkka(_loaded);

    /// <summary>What a node does before creating its ActorSystem.</summary>
    [Benchmark]
    public AkkaConfig LoadHostConfAndToAkka() => FlowConfig.ToAkka(FlowConfig.LoadFile(_hostConf, NoEnvironment));

    /// <summary>Once per process: Akka's 13 reference resources by Flow's parser, each resolved alone, layered.</summary>
    [Benchmark]
    public Config AkkaReferenceByFlow()
    {
        var config = Config.Empty;
        foreach (var (resource, text) in _akkaResources)
        {
            config = Config.Load([ConfigSource.FromString(text, resource)], NoEnvironment).WithFallback(config);
        }

        return config;
    }

    /// <summary>The baseline: the same 13 resources by Akka's own parser, layered with Akka's WithFallback.</summary>
    [Benchmark(Baseline = true)]
    public AkkaConfig AkkaReferenceByAkka()
    {
        var config = AkkaConfig.Empty;
        foreach (var (_, text) in _akkaResources)
        {
            config = AkkaFactory.ParseString(text).WithFallback(config);
        }

        return config;
    }

    private static string FindRepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{relative}' not found above {AppContext.BaseDirectory}.");
    }
}
