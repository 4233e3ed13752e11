using System.Reflection;
using Flow.Hocon.Parsing;

namespace Flow.Hocon;

/// <summary>
/// One layer of a configuration for <see cref="Config.Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>: HOCON (or
/// JSON) text, a file, an embedded resource, the class-path resources of a name, or a configuration already resolved.
/// A source is a recipe: nothing is read until a load parses it, and every load parses it again (a file changed between
/// two loads is read as it is then). Instances are immutable and safe to share between threads.
/// </summary>
public sealed class ConfigSource
{
    private readonly Func<IncludeContext, ConfigObject> _parse;

    private ConfigSource(string description, Func<IncludeContext, ConfigObject> parse)
    {
        Description = description;
        _parse = parse;
    }

    /// <summary>What the layer is: a file path, an origin name, <c>assembly/resource</c>, <c>classpath:name</c>.</summary>
    public string Description { get; }

    /// <summary>HOCON text. Its relative includes start from the working directory.</summary>
    /// <param name="text">The text.</param>
    /// <param name="originName">The name errors use instead of a file name; null for <c>&lt;string&gt;</c>.</param>
    public static ConfigSource FromString(string text, string? originName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var origin = originName ?? "<string>";
        return new ConfigSource(origin, includes =>
        {
            includes.TryEnter(origin);
            try
            {
                return Parser.Parse(text, origin, null, Array.Empty<string>(), includes);
            }
            finally
            {
                includes.Exit();
            }
        });
    }

    /// <summary>A HOCON, JSON (<c>.json</c>) or properties (<c>.properties</c>) file; its includes are relative to its directory.</summary>
    /// <param name="path">The file path; a missing file fails the load with an error naming it.</param>
    public static ConfigSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ConfigSource(path, includes => IncludeLoader.ParseFile(path, new ConfigOrigin(path, 0, 0), Array.Empty<string>(), includes));
    }

    /// <summary>
    /// An embedded resource of one assembly, by its manifest name; its bare includes name class-path resources
    /// (<see cref="ConfigClasspath"/>). A missing resource fails the load with an error naming it.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="manifestName">The manifest resource name, e.g. <c>Akka.Remote.Configuration.Remote.conf</c>.</param>
    public static ConfigSource FromResource(Assembly assembly, string manifestName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(manifestName);
        var origin = assembly.GetName().Name + "/" + manifestName;
        return new ConfigSource(origin, includes =>
        {
            using var stream = assembly.GetManifestResourceStream(manifestName)
                ?? throw new ConfigParseException(new ConfigOrigin(origin, 0, 0), $"expected the embedded resource '{manifestName}' in {assembly.GetName().Name} {assembly.GetName().Version}, found none");
            using var reader = new StreamReader(stream);
            var resource = new ConfigResource(origin, reader.ReadToEnd());
            return IncludeLoader.ParseResource(resource, manifestName, string.Empty, new ConfigOrigin(origin, 0, 0), Array.Empty<string>(), includes);
        });
    }

    /// <summary>
    /// Every class-path resource of a name, merged (the first found winning), as <c>include required(classpath(name))</c>
    /// reads it: <c>FromClasspath("reference.conf")</c> is every assembly's <c>reference.conf</c>. No resource of that
    /// name fails the load.
    /// </summary>
    /// <param name="name">The class-path name (see <see cref="ConfigClasspath"/>).</param>
    public static ConfigSource FromClasspath(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var origin = "classpath:" + name;
        return new ConfigSource(origin, includes =>
            IncludeLoader.Load(new IncludeRequest(IncludeKind.Classpath, Required: true), name, new ConfigOrigin(origin, 0, 0), null, Array.Empty<string>(), includes)!);
    }

    /// <summary>
    /// A configuration already resolved: it takes part as it is (its substitutions were resolved without the other
    /// layers), while the other layers' substitutions may still refer to its settings.
    /// </summary>
    /// <param name="config">The configuration.</param>
    public static ConfigSource FromConfig(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ConfigSource("<resolved configuration>", _ => config.Root);
    }

    /// <summary>The <see cref="Description"/>.</summary>
    public override string ToString() => Description;

    /// <summary>Parses the layer into an unresolved tree.</summary>
    internal ConfigObject Parse(IncludeContext includes) => _parse(includes);
}
