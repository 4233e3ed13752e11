using Akka.Configuration.Hocon;
using Flow.Hocon;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Configuration;

/// <summary>
/// Hands a configuration resolved by Flow's HOCON parser to Akka as a tree: every object, list and scalar becomes the
/// node Akka's own parser would have built for it, with nothing left to parse or resolve (Akka never reads the
/// text). What <c>flow config</c> prints is what the ActorSystem runs with.
/// </summary>
internal static class AkkaConfigConverter
{
    /// <summary>The Akka configuration holding exactly the settings of <paramref name="config"/>.</summary>
    public static AkkaConfig ToAkka(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new AkkaConfig(new HoconRoot(Value(config.Root)));
    }

    private static HoconValue Value(ConfigValue value)
    {
        var hocon = new HoconValue();
        hocon.AppendValue(Element(value));
        return hocon;
    }

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
                // As Akka's parser: every scalar is a literal holding its text ("null" included).
                return new HoconLiteral { Value = scalar.Text };
            default:
                throw new ArgumentException($"Unexpected configuration value {value.GetType().Name} at {value.Origin}.", nameof(value));
        }
    }
}
