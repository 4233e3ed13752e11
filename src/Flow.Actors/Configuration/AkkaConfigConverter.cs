using Akka.Configuration.Hocon;
using Flow.Hocon;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Configuration;

/// <summary>
/// Hands a configuration resolved by Flow's HOCON parser to Akka as a tree: every object, list and scalar becomes the
/// node Akka's own parser builds for the same value, with nothing left to parse or resolve (Akka never reads text).
/// What <c>flow config</c> prints is what the ActorSystem runs with; AkkaEqualityTests compare the two key by key.
/// </summary>
/// <remarks>
/// The nodes, as Akka's parser builds them: an object is a <see cref="HoconObject"/> (empty included), a list a
/// <see cref="HoconArray"/> (empty included), and every scalar one <see cref="HoconLiteral"/> holding its text —
/// <c>null</c> as the text <c>null</c>, which Akka reads as a null string; a number as written (<c>1e3</c> stays
/// <c>1e3</c>: rewriting it would change what Akka's <c>GetString</c> returns); a string as is, since nothing parses it
/// again (no quoting or escaping). Keys are taken as they are, dots and quotes included: Akka's readers walk the tree,
/// and only Akka's path syntax limits which keys a path expression can name. Where Akka's typed readers read a value
/// differently from Flow's (it trims strings, reads a quoted <c>"null"</c> as null, rejects <c>1.0</c> as an int,
/// <c>yes</c>/<c>no</c> as booleans and <c>KB</c> as a size unit) the tree is still the same: AkkaReaderLimitsTests pin them.
/// </remarks>
internal static class AkkaConfigConverter
{
    /// <summary>The Akka configuration holding exactly the settings of <paramref name="config"/>.</summary>
    public static AkkaConfig ToAkka(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new AkkaConfig(new HoconRoot(Value(config.Root)));
    }

    /// <summary>A node holding one element (a list sized for it: most of a configuration's nodes are leaves).</summary>
    private static HoconValue Value(ConfigValue value) => new([Element(value)], adoptedFromFallback: false);

    private static IHoconElement Element(ConfigValue value)
    {
        switch (value)
        {
            case ConfigObject obj:
                var o = new HoconObject();
                foreach (var (key, field) in obj.AsEnumerable())
                {
                    o.Items[key] = Value(field);
                }

                return o;
            case ConfigList list:
                var a = new HoconArray();
                foreach (var item in list)
                {
                    a.Add(Value(item));
                }

                return a;
            case ConfigScalar scalar:
                return new HoconLiteral { Value = scalar.Text };
            default:
                throw new ArgumentException($"Unexpected configuration value {value.GetType().Name} at {value.Origin}.", nameof(value));
        }
    }
}
