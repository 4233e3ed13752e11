using Flow.Hocon;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Configuration;

/// <summary>
/// The configuration a Flow node runs with, read by Flow's HOCON parser (never Akka's). Its layers, highest priority
/// first: the node's own files, (for an embedded Flow) <c>embedded.conf</c>, Flow's <c>hocon/reference.conf</c>, and
/// Akka's reference settings. They are merged unresolved and resolved once (<see cref="Config.Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>),
/// so a node's setting reaches every substitution that names it, in any layer; includes, <c>+=</c> and <c>${?ENV}</c>
/// overrides work as the HOCON specification says. Akka's layer is the exception: each of its files is resolved on its
/// own, as Akka resolves it. <see cref="ToAkka"/> then hands the resolved tree to Akka as it is.
/// </summary>
public static class FlowConfig
{
    private static readonly ConfigSource ReferenceLayer = ConfigSource.FromResource(typeof(FlowConfig).Assembly, "Flow.Actors.reference.conf");
    private static readonly ConfigSource EmbeddedLayer = ConfigSource.FromResource(typeof(FlowConfig).Assembly, "Flow.Actors.embedded.conf");
    private static readonly Lazy<ConfigSource> AkkaLayer = new(() => ConfigSource.FromConfig(AkkaReferenceConfig.Value));
    private static readonly Lazy<Config> LazyReference = new(() => Load([], null));
    private static readonly Lazy<Config> LazyEmbedded = new(() => LoadEmbedded([], null));
    private static readonly Lazy<AkkaConfig> LazyAkkaReference = new(() => ToAkka(Reference));

    /// <summary>Flow's reference settings over Akka's: what a node runs with when its files set nothing.</summary>
    public static Config Reference => LazyReference.Value;

    /// <summary>The settings of an embedded Flow (a one-node cluster on 127.0.0.1, port 0) over <see cref="Reference"/>.</summary>
    public static Config Embedded => LazyEmbedded.Value;

    /// <summary><see cref="Reference"/> converted for Akka once (for readers of settings an ActorSystem may lack).</summary>
    internal static AkkaConfig AkkaReference => LazyAkkaReference.Value;

    /// <summary>Loads a node's configuration: <paramref name="layers"/> over Flow's reference over Akka's, resolved once.</summary>
    /// <param name="layers">The node's layers, highest priority first (none: <see cref="Reference"/>).</param>
    /// <param name="options">Environment variables and class path; null: the process's.</param>
    /// <returns>The resolved configuration, the tree <see cref="ToAkka"/> hands to Akka.</returns>
    /// <exception cref="ConfigException">A layer is unreadable or invalid (the message gives <c>file:line:column</c>), or a substitution cannot resolve.</exception>
    public static Config Load(IEnumerable<ConfigSource> layers, ConfigLoadOptions? options = null) =>
        Config.Load(Layers(layers, embedded: false), options);

    /// <summary>Loads an embedded Flow's configuration: <paramref name="layers"/> over <c>embedded.conf</c> over Flow's reference over Akka's, resolved once.</summary>
    /// <param name="layers">The layers, highest priority first (none: <see cref="Embedded"/>).</param>
    /// <param name="options">Environment variables and class path; null: the process's.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">A layer is invalid, or a substitution cannot resolve.</exception>
    public static Config LoadEmbedded(IEnumerable<ConfigSource> layers, ConfigLoadOptions? options = null) =>
        Config.Load(Layers(layers, embedded: true), options);

    /// <summary>Reads a node's configuration file over <see cref="Reference"/>, resolved once.</summary>
    /// <param name="path">The HOCON file.</param>
    /// <param name="options">Environment variables and class path; null: the process's.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">The file is unreadable or invalid (the message gives <c>file:line:column</c>), or a substitution cannot resolve.</exception>
    public static Config LoadFile(string path, ConfigLoadOptions? options = null) => Load([ConfigSource.FromFile(path)], options);

    /// <summary>Parses HOCON text over <see cref="Reference"/>, resolved once.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="originName">The name errors use; null for <c>&lt;string&gt;</c>.</param>
    /// <param name="options">Environment variables and class path; null: the process's.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">The text is invalid or a substitution cannot resolve.</exception>
    public static Config ParseString(string text, string? originName = null, ConfigLoadOptions? options = null) =>
        Load([ConfigSource.FromString(text, originName)], options);

    /// <summary>The Akka configuration holding exactly the settings of <paramref name="config"/> (nothing re-parsed).</summary>
    /// <param name="config">A resolved configuration (normally from <see cref="Load"/> or <see cref="LoadFile"/>).</param>
    /// <returns>What to create the ActorSystem with.</returns>
    public static AkkaConfig ToAkka(Config config) => AkkaConfigConverter.ToAkka(config);

    private static List<ConfigSource> Layers(IEnumerable<ConfigSource> layers, bool embedded)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var all = new List<ConfigSource>(layers);
        if (embedded)
        {
            all.Add(EmbeddedLayer);
        }

        all.Add(ReferenceLayer);
        all.Add(AkkaLayer.Value);
        return all;
    }
}
