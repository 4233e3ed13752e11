using System.Reflection;
using Flow.Actors.Configuration;
using Flow.Hocon;
using AkkaFactory = Akka.Configuration.ConfigurationFactory;

namespace Flow.Actors.Tests.Configuration;

public sealed class AkkaReferenceConfigTests
{
    [Fact]
    public void Names_EveryConfResourceOfTheAkkaAssembliesFlowRunsOn()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assembly in AkkaAssemblies())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(".conf", StringComparison.Ordinal)))
            {
                found.Add(assembly.GetName().Name + "/" + resource);
            }
        }

        Assert.Equal([], found.Except(AkkaReferenceConfig.Names));
        Assert.Equal([], AkkaReferenceConfig.Names.Except(found));
    }

    [Fact]
    public void EachResource_ReadAsAkkasParserReadsIt_SaveWhereAkkaDropsASubstitutionFollowedByAnObject()
    {
        var differences = new List<string>();
        foreach (var name in AkkaReferenceConfig.Names)
        {
            var assembly = Assembly.Load(name[..name.IndexOf('/', StringComparison.Ordinal)]);
            var resource = name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..];
            var flow = Config.Load([ConfigSource.FromResource(assembly, resource)], new ConfigLoadOptions { Environment = _ => null });
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            differences.AddRange(AkkaTreeComparison.Compare(flow, AkkaFactory.ParseString(reader.ReadToEnd())).Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]));
        }

        // HOCON merges "a = ${b}" with a following "a { ... }"; Akka's parser keeps only the object. Both keys are unused
        // by Flow; the ActorSystem reads Flow's (HOCON's) merge: Flow's tree has every key Akka's reading has.
        var udp = AkkaReferenceConfig.Value.GetObject("akka.remote.dot-netty.udp").Keys.Where(k => k != "transport-protocol");
        Assert.Equal(
            udp.Select(k => "akka.remote.dot-netty.udp." + k).Append("akka.reliable-delivery.work-pulling.producer-controller.durable-queue").Order(StringComparer.Ordinal),
            differences.Order(StringComparer.Ordinal));
    }

    /// <summary>The Akka assemblies beside Flow.Actors (Flow's dependencies, save the TestKit these tests bring).</summary>
    private static IEnumerable<Assembly> AkkaAssemblies() => Directory
        .EnumerateFiles(AppContext.BaseDirectory, "Akka*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .Where(name => !name!.StartsWith("Akka.TestKit", StringComparison.Ordinal))
        .Select(name => Assembly.Load(name!));
}
