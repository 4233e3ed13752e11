using System.Globalization;
using Akka.Configuration.Hocon;
using Flow.Hocon;
using Flow.Hocon.Reading;
using AkkaConfig = Akka.Configuration.Config;

namespace Flow.Actors.Tests.Configuration;

/// <summary>
/// Compares a configuration resolved by Flow with what an ActorSystem reads, key by key: every leaf of Flow's tree must
/// be at the same place in Akka's, read the same by Akka's readers for the kinds its form allows (string; number as
/// long, int and double; boolean; duration; byte size; list element by element; empty object), be found by Akka's path
/// lookup, and Akka's tree must have no key Flow's lacks. Returns one line per disagreement.
/// </summary>
internal static class AkkaTreeComparison
{
    /// <summary>
    /// Compares <paramref name="flow"/> with what <paramref name="system"/> reads once the extensions a Flow node starts
    /// (sharding, pub-sub, the receptionist, distributed data, discovery, streams, Flow's) have injected their reference
    /// settings, as they do on a running node.
    /// </summary>
    public static List<string> CompareOnRunningNode(Config flow, Akka.Actor.ActorSystem system)
    {
        if (system.Settings.HasCluster)
        {
            Akka.Cluster.Sharding.ClusterSharding.Get(system);
            Akka.Cluster.Tools.PublishSubscribe.DistributedPubSub.Get(system);
            Akka.Cluster.Tools.Client.ClusterClientReceptionist.Get(system);
            Akka.DistributedData.DistributedData.Get(system);
        }

        Akka.Discovery.Discovery.Get(system);
        Akka.Streams.ActorMaterializer.Create(system);
        Flow.Actors.FlowExtension.Get(system);
        return Compare(flow, system.Settings.Config);
    }

    public static List<string> Compare(Config flow, AkkaConfig akka)
    {
        var problems = new List<string>();
        CompareObject(new List<string>(), flow.Root, akka.Root.GetObject(), akka, problems);
        return problems;
    }

    private static void CompareObject(List<string> path, ConfigObject flow, HoconObject akka, AkkaConfig? root, List<string> problems)
    {
        foreach (var (key, value) in flow.AsEnumerable())
        {
            path.Add(key);
            if (akka.Items.TryGetValue(key, out var akkaValue))
            {
                CompareValue(path, value, akkaValue, root, problems);
            }
            else
            {
                problems.Add($"{Render(path)}: missing in Akka (Flow: {value.ToJson(indented: false)})");
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var (key, value) in akka.Items)
        {
            if (!flow.ContainsKey(key))
            {
                problems.Add($"{Render(path)}.{key}: only in Akka (Akka: {value})");
            }
        }
    }

    private static void CompareValue(List<string> path, ConfigValue flow, HoconValue akka, AkkaConfig? root, List<string> problems)
    {
        if (root is not null && !path.Any(k => k.Contains('"', StringComparison.Ordinal)) && !ReferenceEquals(root.GetValue(AkkaPath(path)), akka))
        {
            problems.Add($"{Render(path)}: Akka's path lookup '{AkkaPath(path)}' finds another node");
        }

        switch (flow)
        {
            case ConfigObject obj:
                // A tree Flow converted holds one object per key; one Akka parsed may hold a substitution of one.
                if (akka.Values.Count != 1 || akka.GetObject() is not { } akkaObject)
                {
                    problems.Add($"{Render(path)}: an object in Flow, not in Akka ({akka})");
                    return;
                }

                CompareObject(path, obj, akkaObject, root, problems);
                return;
            case ConfigList list:
                // Akka's parser may keep whitespace after a list as a literal beside it; its readers skip it.
                var array = akka.GetArray();
                if (!akka.Values.Any(v => v.IsArray()) || array.Count != list.Count)
                {
                    problems.Add($"{Render(path)}: a list of {list.Count} in Flow, Akka has {akka}");
                    return;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    path.Add(i.ToString(CultureInfo.InvariantCulture));
                    CompareValue(path, list[i], array[i], null, problems);
                    path.RemoveAt(path.Count - 1);
                }

                return;
            default:
                CompareScalar(Render(path), (ConfigScalar)flow, akka, problems);
                return;
        }
    }

    private static void CompareScalar(string path, ConfigScalar flow, HoconValue akka, List<string> problems)
    {
        Check(path, "string", flow is ConfigNull ? null : flow.Text, () => akka.GetString(), problems);
        if (flow is ConfigBoolean || flow is ConfigString { Value: "true" or "false" or "on" or "off" or "yes" or "no" })
        {
            Check(path, "boolean", ValueConverter.ToBoolean(path, flow), () => akka.GetBoolean(), problems);
        }

        // Numbers as Akka reads them: any number as a double; integers (written without fraction or exponent) as
        // long and int. Akka's integer readers reject 1.0 and 1e3, which Flow reads as integers (see AkkaReaderLimitsTests).
        var number = flow as ConfigNumber ?? (flow is ConfigString numeric ? ConfigNumber.TryParse(numeric.Value.Trim(), flow.Origin) : null);
        if (number is not null)
        {
            Check(path, "double", number.ToDouble(), () => akka.GetDouble(), problems);
            if (number.IsInteger)
            {
                Check(path, "long", number.ToInt64(), () => akka.GetLong(), problems);
                if (number.ToInt64() is >= int.MinValue and <= int.MaxValue)
                {
                    Check(path, "int", (int)number.ToInt64(), () => akka.GetInt(), problems);
                }
            }
        }
        else if (flow is ConfigString text)
        {
            // A string with a unit (a bare number reads the same text in both readers).
            if (Try(() => ValueConverter.ToTimeSpan(path, text, allowInfinite: true)) is { } duration)
            {
                Check(path, "duration", duration, () => akka.GetTimeSpan(allowInfinite: true), problems);
            }

            if (Try(() => ValueConverter.ToByteSize(path, text)) is { } size)
            {
                Check(path, "byte size", (long?)size, () => akka.GetByteSize(), problems);
            }
        }
    }

    private static void Check<T>(string path, string kind, T expected, Func<T> akka, List<string> problems)
    {
        try
        {
            var actual = akka();
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                problems.Add($"{path}: as a {kind}, Flow reads '{expected}', Akka '{actual}'");
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or NotSupportedException or ArgumentException)
        {
            problems.Add($"{path}: as a {kind}, Flow reads '{expected}', Akka throws {e.GetType().Name}: {e.Message}");
        }
    }

    private static T? Try<T>(Func<T> read)
        where T : struct
    {
        try
        {
            return read();
        }
        catch (ConfigException)
        {
            return null;
        }
    }

    private static string AkkaPath(List<string> path) => string.Join(".", path.Select(k => "\"" + k + "\""));

    private static string Render(List<string> path) => string.Join(".", path);
}
