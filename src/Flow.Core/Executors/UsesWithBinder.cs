using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Flow.Core.Executors;

/// <summary>Binds <c>uses_with</c> values to an executor's constructor and runs it (once per instance, not hot).</summary>
internal static class UsesWithBinder
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Executor Construct(Type type, ExecutorRuntimeInfo runtime, JsonObject? usesWith)
    {
        var name = runtime.Name;
        if (type.IsAbstract)
        {
            throw new ExecutorConstructionException(name, $"{type.Name} is abstract.");
        }

        var constructors = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public);
        if (constructors.Length == 0)
        {
            throw new ExecutorConstructionException(name, $"{type.Name} has no public constructor.");
        }

        Array.Sort(constructors, static (a, b) => b.GetParameters().Length.CompareTo(a.GetParameters().Length));
        string? firstProblem = null;
        foreach (var ctor in constructors)
        {
            var problem = Match(ctor, usesWith);
            if (problem is null)
            {
                return Invoke(type, ctor, runtime, usesWith);
            }

            firstProblem ??= problem;
        }

        throw new ExecutorConstructionException(name, $"{type.Name}: {firstProblem}");
    }

    /// <summary>Null when every uses_with key names a parameter and every required parameter is given.</summary>
    private static string? Match(ConstructorInfo ctor, JsonObject? usesWith)
    {
        var parameters = ctor.GetParameters();
        if (usesWith is not null)
        {
            foreach (var (key, _) in usesWith)
            {
                if (Find(parameters, key) is null)
                {
                    var names = string.Join(", ", parameters.Where(p => p.ParameterType != typeof(ExecutorRuntimeInfo)).Select(p => p.Name));
                    return $"uses_with key '{key}' matches no constructor parameter (parameters: {(names.Length == 0 ? "none" : names)}).";
                }
            }
        }

        foreach (var p in parameters)
        {
            if (p.ParameterType == typeof(ExecutorRuntimeInfo) || p.IsOptional || Lookup(usesWith, p) is not null)
            {
                continue;
            }

            return $"required constructor parameter '{p.Name}' ({p.ParameterType.Name}) is missing from uses_with.";
        }

        return null;
    }

    private static Executor Invoke(Type type, ConstructorInfo ctor, ExecutorRuntimeInfo runtime, JsonObject? usesWith)
    {
        var parameters = ctor.GetParameters();
        var args = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (p.ParameterType == typeof(ExecutorRuntimeInfo))
            {
                args[i] = runtime;
            }
            else if (Lookup(usesWith, p) is { } entry)
            {
                args[i] = Convert(runtime.Name, p, entry.Value);
            }
            else
            {
                args[i] = p.HasDefaultValue ? p.DefaultValue : (p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null);
            }
        }

        using var scope = Executor.BeginConstruction(runtime);
        try
        {
            return (Executor)ctor.Invoke(args);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw new ExecutorConstructionException(runtime.Name, $"{type.Name} constructor threw {inner.GetType().Name}: {inner.Message}", inner);
        }
    }

    private static object? Convert(string executor, ParameterInfo p, JsonNode? value)
    {
        var t = p.ParameterType;
        if (value is null)
        {
            if (!t.IsValueType || Nullable.GetUnderlyingType(t) is not null)
            {
                return null;
            }

            throw new ExecutorConstructionException(executor, $"uses_with '{p.Name}' is null but {t.Name} cannot be null.");
        }

        if (t.IsInstanceOfType(value))
        {
            return value.DeepClone();
        }

        try
        {
            return value.Deserialize(t, Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw new ExecutorConstructionException(executor, $"uses_with '{p.Name}' = {value.ToJsonString()} cannot be converted to {t.Name}: {e.Message}", e);
        }
    }

    private static KeyValuePair<string, JsonNode?>? Lookup(JsonObject? usesWith, ParameterInfo p)
    {
        if (usesWith is null)
        {
            return null;
        }

        foreach (var entry in usesWith)
        {
            if (Same(entry.Key, p.Name!))
            {
                return entry;
            }
        }

        return null;
    }

    private static ParameterInfo? Find(ParameterInfo[] parameters, string key)
    {
        foreach (var p in parameters)
        {
            if (p.ParameterType != typeof(ExecutorRuntimeInfo) && Same(key, p.Name!))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Exact, else case- and underscore-insensitive (<c>top_k</c> matches <c>topK</c>).</summary>
    private static bool Same(string key, string parameter) =>
        key == parameter || string.Equals(Fold(key), Fold(parameter), StringComparison.OrdinalIgnoreCase);

    private static string Fold(string s) => s.Contains('_', StringComparison.Ordinal) ? s.Replace("_", string.Empty, StringComparison.Ordinal) : s;
}
