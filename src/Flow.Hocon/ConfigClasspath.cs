using System.Reflection;

namespace Flow.Hocon;

/// <summary>
/// What <c>include classpath("name")</c> reads in .NET, where Java's class path is not: the embedded resources of a set
/// of assemblies, or any lookup given as a function. A class-path name is <c>/</c>-separated and absolute
/// (<c>reference.conf</c>, <c>akka/cluster.conf</c>; a leading <c>/</c> is ignored). In an assembly it names the
/// manifest resource called exactly that (an <c>EmbeddedResource</c> with that <c>LogicalName</c>), or else
/// <c>&lt;assembly name&gt;.&lt;name with / as .&gt;</c> (MSBuild's default name for a file of that relative path in a
/// project whose root namespace is its assembly name): <c>classpath("reference.conf")</c> finds
/// <c>Flow.Actors.reference.conf</c> in Flow.Actors and <c>Akka.Cluster.Sharding.reference.conf</c> in
/// Akka.Cluster.Sharding. As with Typesafe Config, every resource found under a name is read and they merge, the first
/// found winning where they define the same key. Instances are immutable and safe to share between threads.
/// </summary>
public sealed class ConfigClasspath
{
    private readonly Func<string, IReadOnlyList<ConfigResource>> _find;

    /// <summary>A class path that looks resources up with <paramref name="find"/>.</summary>
    /// <param name="find">
    /// Given a class-path name without leading <c>/</c>, returns the resources of that name, highest priority first
    /// (empty when there is none); it may be called from any thread.
    /// </param>
    public ConfigClasspath(Func<string, IReadOnlyList<ConfigResource>> find) =>
        _find = find ?? throw new ArgumentNullException(nameof(find));

    /// <summary>A class path without resources: every <c>classpath(...)</c> include finds nothing.</summary>
    public static ConfigClasspath None { get; } = new(_ => Array.Empty<ConfigResource>());

    /// <summary>
    /// The default: the embedded resources of the assemblies loaded in the process when the include is read, in order
    /// of assembly name (dynamic assemblies have none). An assembly not loaded yet is not searched: name the assemblies
    /// with <see cref="FromAssemblies"/> when that matters.
    /// </summary>
    public static ConfigClasspath LoadedAssemblies { get; } = new(name =>
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        Array.Sort(assemblies, static (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return Find(assemblies, name);
    });

    /// <summary>The embedded resources of exactly these assemblies, the first assembly's winning.</summary>
    /// <param name="assemblies">The assemblies, highest priority first.</param>
    public static ConfigClasspath FromAssemblies(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var copy = (Assembly[])assemblies.Clone();
        return new ConfigClasspath(name => Find(copy, name));
    }

    /// <summary>The resources named <paramref name="name"/>, highest priority first.</summary>
    /// <param name="name">A class-path name such as <c>reference.conf</c> or <c>/akka/cluster.conf</c>.</param>
    public IReadOnlyList<ConfigResource> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _find(name.TrimStart('/'));
    }

    private static List<ConfigResource> Find(Assembly[] assemblies, string name)
    {
        var dotted = name.Replace('/', '.');
        var found = new List<ConfigResource>();
        foreach (var assembly in assemblies)
        {
            if (assembly.IsDynamic)
            {
                continue;
            }

            var manifestName = name;
            var stream = assembly.GetManifestResourceStream(name);
            if (stream is null)
            {
                manifestName = assembly.GetName().Name + "." + dotted;
                stream = assembly.GetManifestResourceStream(manifestName);
                if (stream is null)
                {
                    continue;
                }
            }

            using var reader = new StreamReader(stream);
            found.Add(new ConfigResource(assembly.GetName().Name + "/" + manifestName, reader.ReadToEnd()));
        }

        return found;
    }
}
