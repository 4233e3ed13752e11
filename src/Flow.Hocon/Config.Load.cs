using Flow.Hocon.Parsing;
using Flow.Hocon.Resolution;

namespace Flow.Hocon;

/// <summary>Loading a configuration from layers, resolved once.</summary>
public sealed partial class Config
{
    /// <summary>Loads layers, the first the highest priority; see <see cref="Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>.</summary>
    /// <param name="layers">The layers, highest priority first.</param>
    /// <exception cref="ConfigException">When a layer is unreadable or invalid, or a substitution cannot resolve.</exception>
    public static Config Load(params ConfigSource[] layers) => Load(layers, null);

    /// <summary>
    /// Loads a configuration from layers, the first the highest priority, as Typesafe Config's
    /// <c>first.withFallback(second)...withFallback(last).resolve()</c>: every layer is parsed with its includes;
    /// the layers merge unresolved, as if each were written after the layers beneath it in one file (a key keeps the
    /// highest layer's value, objects merge key by key, and a self-referential value such as <c>roles += x</c> or
    /// <c>path = ${path}":x"</c> extends the value of the layers beneath); then the whole tree is resolved once. So
    /// a substitution in any layer sees the final value of the path it names, whichever layer sets it, and environment
    /// variables are the last fallback of every substitution. Keys come in the highest layer's order, then each lower
    /// layer's other keys in its order.
    /// </summary>
    /// <param name="layers">The layers, highest priority first; none gives <see cref="Empty"/>.</param>
    /// <param name="options">Environment variables and class path; null for <see cref="ConfigLoadOptions.Default"/>.</param>
    /// <returns>The resolved configuration.</returns>
    /// <exception cref="ConfigException">
    /// When a layer is unreadable or invalid (<see cref="ConfigParseException"/>, <c>file:line:column: what was
    /// expected</c>), or a substitution cannot resolve (<see cref="ConfigResolveException"/>).
    /// </exception>
    public static Config Load(IEnumerable<ConfigSource> layers, ConfigLoadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(layers);
        options ??= ConfigLoadOptions.Default;
        var includes = new IncludeContext(options.Classpath);
        var parsed = new List<ConfigObject>();
        foreach (var layer in layers)
        {
            ArgumentNullException.ThrowIfNull(layer, nameof(layers));
            parsed.Add(layer.Parse(includes));
        }

        if (parsed.Count == 0)
        {
            return Empty;
        }

        var merged = parsed[^1];
        for (var i = parsed.Count - 2; i >= 0; i--)
        {
            merged = Merger.CombineFallback(parsed[i], merged);
        }

        return new Config(Resolver.Resolve(merged, options.Environment));
    }
}
