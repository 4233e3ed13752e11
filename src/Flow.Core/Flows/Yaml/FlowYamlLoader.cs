using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Flow.Core.Flows.Yaml;

/// <summary>
/// Reads Jina's Flow YAML (<c>jtype: Flow</c>, <c>version</c>, <c>with:</c>, <c>gateway:</c>, <c>executors:</c>) into a
/// <see cref="FlowBuilder"/>. Unknown keys are rejected with the key, file and line; scalars follow
/// the YAML core schema (quoted: string; plain: null, bool, integer, float or string).
/// </summary>
internal static class FlowYamlLoader
{
    private static readonly HashSet<string> FlowKeys = ["jtype", "version", "with", "gateway", "executors"];

    private static readonly HashSet<string> ExecutorKeys =
    [
        "name", "uses", "uses_with", "uses_metas", "role", "needs", "replicas", "shards", "parallel", "polling",
        "uses_before", "uses_after", "workspace", "floating", "no_reduce", "when", "retries", "uses_requests",
    ];

    /// <summary>
    /// Jina's executor (deployment) arguments that concern processes, containers, networking, monitoring and Python:
    /// accepted so that a Jina user's Flow YAML loads, not used (Flow runs .NET executors as actors), each named in
    /// <see cref="FlowDefinition.Warnings"/>. Any other unknown key is an error (a typo is not silently dropped).
    /// </summary>
    private static readonly HashSet<string> JinaDeploymentKeys =
    [
        "allow_concurrent", "compression", "connection_list", "cors", "description", "disable_auto_volume", "docker_kwargs",
        "entrypoint", "env", "env_from_secret", "exit_on_exceptions", "force_update", "gpus",
        "grpc_channel_options", "grpc_metadata", "grpc_server_options", "host", "image_pull_secrets", "install_requirements",
        "log_config", "metrics", "metrics_exporter_host", "metrics_exporter_port", "monitoring", "native", "output_array_type",
        "port", "port_monitoring", "prefer_platform", "protocol", "provider", "provider_endpoint", "py_modules", "quiet",
        "quiet_error", "raft_configuration", "reload", "runtime_cls", "ssl_certfile", "ssl_keyfile", "stateful",
        "timeout_ctrl", "timeout_ready", "timeout_send", "title", "tls", "traces_exporter_host", "traces_exporter_port",
        "tracing", "upload_files", "uses_after_address", "uses_before_address", "uses_dynamic_batching", "volumes",
        "workspace_id",
    ];

    public static FlowBuilder LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FlowValidationException($"{path}: cannot read the Flow file: {e.Message}");
        }

        return Parse(text, path);
    }

    public static FlowBuilder Parse(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FlowValidationException($"{file}:{e.Start.Line}: invalid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FlowValidationException($"{file}:1: a Flow YAML is a mapping with 'jtype: Flow' and 'executors:'.");
        }

        var builder = new FlowBuilder { Source = new SourceLocation(file, root.Start.Line) };
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(file, keyNode);
            switch (key)
            {
                case "jtype":
                    var jtype = Scalar(file, key, value);
                    if (jtype != "Flow")
                    {
                        throw Error(file, value, $"jtype is '{jtype}', expected 'Flow'.");
                    }

                    break;
                case "version":
                    break;
                case "with" or "gateway":
                    // Jina's gateway section (protocol, port, host, prefetch, ...) holds gateway arguments `with:` may hold too.
                    foreach (var (k, v) in Mapping(file, key, value))
                    {
                        builder.With(k, v);
                    }

                    break;
                case "executors":
                    if (value is YamlScalarNode { Value: null or "" or "~" or "null" })
                    {
                        break;
                    }

                    if (value is not YamlSequenceNode executors)
                    {
                        throw Error(file, value, "'executors' must be a list.");
                    }

                    foreach (var item in executors)
                    {
                        builder.AddDefinition(ReadExecutor(file, item, builder.Executors.Count, builder, out var needsGiven), needsGiven);
                    }

                    break;
                default:
                    throw Error(file, keyNode, $"unknown key '{key}' (a Flow has {string.Join(", ", FlowKeys)}).");
            }
        }

        return builder;
    }

    private static ExecutorDefinition ReadExecutor(string file, YamlNode node, int index, FlowBuilder builder, out bool needsGiven)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(file, node, "each entry of 'executors' must be a mapping.");
        }

        var source = new SourceLocation(file, node.Start.Line);
        var definition = new ExecutorDefinition { Name = $"executor{index}", Needs = [], Source = source };
        var ignored = new List<(string Where, string What)>();
        needsGiven = false;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Key(file, keyNode);
            switch (key)
            {
                case "name":
                    definition = definition with { Name = Scalar(file, key, value) ?? definition.Name };
                    break;
                case "uses":
                    definition = ReadUses(file, value, definition, ignored);
                    break;
                case "uses_with":
                    definition = definition with { UsesWith = Merge(definition.UsesWith, Mapping(file, key, value)) };
                    break;
                case "uses_metas":
                    definition = UsesMetas.Apply(definition, Mapping(file, key, value), k => Error(file, value, $"unknown key 'uses_metas.{k}' (supported: workspace, name)."));
                    break;
                case "role":
                    definition = definition with { Role = Scalar(file, key, value) };
                    break;
                case "needs":
                    definition = definition with { Needs = StringList(file, key, value) };
                    needsGiven = true;
                    break;
                case "replicas":
                    definition = definition with { Replicas = Int(file, key, value) };
                    break;
                case "shards" or "parallel":
                    definition = definition with { Shards = Int(file, key, value) };
                    break;
                case "polling":
                    definition = definition with { Polling = ReadPolling(file, value) };
                    break;
                case "uses_before":
                    definition = definition with { UsesBefore = Scalar(file, key, value) };
                    break;
                case "uses_after":
                    definition = definition with { UsesAfter = Scalar(file, key, value) };
                    break;
                case "workspace":
                    definition = definition with { Workspace = Scalar(file, key, value) };
                    break;
                case "floating":
                    definition = definition with { Floating = Bool(file, key, value) };
                    break;
                case "no_reduce":
                    definition = definition with { NoReduce = Bool(file, key, value) };
                    break;
                case "when":
                    definition = definition with { When = Mapping(file, key, value) };
                    break;
                case "retries":
                    definition = definition with { Retries = Int(file, key, value) };
                    break;
                case var jina when JinaDeploymentKeys.Contains(jina):
                    ignored.Add(($"{file}:{keyNode.Start.Line}", $"'{jina}' is a Jina deployment setting"));
                    break;
                case "external":
                    if (Bool(file, key, value))
                    {
                        throw Error(file, keyNode, "an external executor (one Jina reaches at host:port) is not supported: run it on a node of the cluster (flow host) with a role.");
                    }

                    break;
                case "uses_requests":
                    definition = definition with { UsesRequests = ReadRequests(file, key, value, definition.UsesRequests) };
                    break;
                default:
                    throw Error(file, keyNode, $"unknown executor key '{key}' (an executor has {string.Join(", ", ExecutorKeys)}; Jina's deployment settings are accepted and ignored).");
            }
        }

        foreach (var (where, what) in ignored)
        {
            builder.Warn($"{where}: executor '{definition.Name}': {what} that Flow does not use; ignored.");
        }

        return definition;
    }

    /// <summary>
    /// <c>uses</c>: a type name; an executor YAML file (<c>*.yml</c> / <c>*.yaml</c>, relative to the Flow file), as Jina's
    /// <c>uses: executor.yml</c>; or the same inline. Such a YAML has <c>jtype</c> (the type), <c>with</c> (its arguments,
    /// under the Flow's <c>uses_with</c>) and <c>metas</c> (<c>name</c> and <c>workspace</c> used, unless <c>uses_metas</c>
    /// sets them; Python's <c>py_modules</c> and the other metas named as ignored) and <c>requests</c> (as <c>uses_requests</c>,
    /// which win).
    /// </summary>
    private static ExecutorDefinition ReadUses(string file, YamlNode value, ExecutorDefinition definition, List<(string Where, string What)> ignored)
    {
        if (value is not YamlMappingNode inline)
        {
            var uses = Scalar(file, "uses", value);
            if (uses is null || !(uses.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || uses.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
            {
                return definition with { Uses = uses };
            }

            var path = Path.IsPathRooted(uses) ? uses : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? string.Empty, uses);
            inline = LoadExecutorYaml(file, value, path);
            file = path;
        }

        foreach (var (keyNode, v) in inline.Children)
        {
            var key = Key(file, keyNode);
            switch (key)
            {
                case "jtype":
                    definition = definition with { Uses = Scalar(file, "uses.jtype", v) };
                    break;
                case "with":
                    definition = definition with { UsesWith = Merge(Mapping(file, "uses.with", v), definition.UsesWith) };
                    break;
                case "metas":
                    var metas = Mapping(file, "uses.metas", v);
                    foreach (var (metaKey, _) in ((YamlMappingNode)v).Children)
                    {
                        var k = Key(file, metaKey);
                        definition = k switch
                        {
                            "name" => definition with { MetasName = definition.MetasName ?? Text(metas[k]) },
                            "workspace" => definition with { Workspace = definition.Workspace ?? Text(metas[k]) },
                            _ => Ignore(definition, $"{file}:{metaKey.Start.Line}", $"the executor meta '{k}'"),
                        };
                    }

                    break;
                case "requests":
                    // The executor YAML's own bindings; the Flow's uses_requests win.
                    var merged = ReadRequests(file, "uses.requests", v, null);
                    foreach (var (endpoint, method) in definition.UsesRequests ?? new Dictionary<string, string>())
                    {
                        merged[endpoint] = method;
                    }

                    definition = definition with { UsesRequests = merged };
                    break;
                default:
                    throw Error(file, keyNode, $"unknown key 'uses.{key}' (an executor YAML has jtype, with, metas, requests).");
            }
        }

        return definition;

        ExecutorDefinition Ignore(ExecutorDefinition d, string where, string what)
        {
            ignored.Add((where, what));
            return d;
        }

        static string? Text(JsonNode? node) => node is JsonValue t && t.TryGetValue<string>(out var text) ? text : node?.ToJsonString();
    }

    private static Dictionary<string, string> ReadRequests(string file, string key, YamlNode value, IReadOnlyDictionary<string, string>? earlier)
    {
        var requests = earlier is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(earlier, StringComparer.Ordinal);
        foreach (var (endpoint, method) in Mapping(file, key, value))
        {
            requests[endpoint] = method is JsonValue v && v.TryGetValue<string>(out var name) && name.Length > 0
                ? name
                : throw Error(file, value, $"'{key}.{endpoint}' must name a method of the executor.");
        }

        return requests;
    }

    private static YamlMappingNode LoadExecutorYaml(string file, YamlNode at, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(file, at, $"cannot read the executor YAML '{path}': {e.Message}");
        }
        catch (YamlException e)
        {
            throw new FlowValidationException($"{path}:{e.Start.Line}: invalid YAML: {e.Message}");
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
            ? map
            : throw new FlowValidationException($"{path}:1: an executor YAML is a mapping with 'jtype' (and 'with', 'metas').");
    }

    private static PollingSpec ReadPolling(string file, YamlNode value)
    {
        if (value is YamlMappingNode map)
        {
            var entries = new List<KeyValuePair<string, string>>();
            foreach (var (k, v) in map.Children)
            {
                entries.Add(new(Key(file, k), Scalar(file, "polling", v) ?? string.Empty));
            }

            return PollingSpec.PerEndpoint(entries);
        }

        return PollingSpec.Parse(Scalar(file, "polling", value) ?? string.Empty);
    }

    private static JsonObject? Merge(JsonObject? first, JsonObject? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        foreach (var (k, v) in second.ToArray())
        {
            second.Remove(k);
            first[k] = v;
        }

        return first;
    }

    private static string Key(string file, YamlNode key) =>
        key is YamlScalarNode { Value: { } k } ? k : throw Error(file, key, "keys must be plain strings.");

    private static string? Scalar(string file, string key, YamlNode node) =>
        node is YamlScalarNode s ? (YamlJson.IsNull(s) ? null : s.Value) : throw Error(file, node, $"'{key}' must be a single value.");

    private static int Int(string file, string key, YamlNode node) =>
        int.TryParse(Scalar(file, key, node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(file, node, $"'{key}' must be an integer.");

    private static bool Bool(string file, string key, YamlNode node) => Scalar(file, key, node)?.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw Error(file, node, $"'{key}' must be true or false."),
    };

    private static string[] StringList(string file, string key, YamlNode node)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq.Children.Select(c => Scalar(file, key, c) ?? throw Error(file, c, $"'{key}' entries must be names.")).ToArray();
        }

        return Scalar(file, key, node) is { } single ? [single] : [];
    }

    private static JsonObject Mapping(string file, string key, YamlNode node)
    {
        if (node is YamlScalarNode s && YamlJson.IsNull(s))
        {
            return new JsonObject();
        }

        return YamlJson.ToJson(node) as JsonObject ?? throw Error(file, node, $"'{key}' must be a mapping.");
    }

    private static FlowValidationException Error(string file, YamlNode node, string message) =>
        new($"{file}:{node.Start.Line}: {message}");
}
