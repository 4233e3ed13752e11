using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Flow.Core.Documents;

namespace Flow.Core.Executors;

/// <summary>
/// Finds the <see cref="RequestsAttribute"/> methods of an executor type and compiles each into a
/// <see cref="HandlerThunk"/> (expression trees, once per type).
/// </summary>
internal static class HandlerBinder
{
    private static readonly ParameterExpression ExecutorParam = Expression.Parameter(typeof(Executor), "executor");
    private static readonly ParameterExpression DocsParam = Expression.Parameter(typeof(DocumentArray), "docs");
    private static readonly ParameterExpression ParametersParam = Expression.Parameter(typeof(JsonObject), "parameters");
    private static readonly ParameterExpression MatrixParam = Expression.Parameter(typeof(IReadOnlyList<DocumentArray>), "matrix");
    private static readonly ParameterExpression TokenParam = Expression.Parameter(typeof(CancellationToken), "cancellationToken");

    public static HandlerTable Bind(Type type)
    {
        if (!typeof(Executor).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"{type.FullName} does not derive from {typeof(Executor).FullName}.");
        }

        var byEndpoint = new Dictionary<string, Handler>(StringComparer.Ordinal);
        Handler? defaultHandler = null;
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var method in type.GetMethods(Flags))
        {
            var attribute = method.GetCustomAttribute<RequestsAttribute>(inherit: true);
            if (attribute is null)
            {
                continue;
            }

            var handler = Compile(type, method);
            if (attribute.On.Count == 0)
            {
                if (defaultHandler is not null)
                {
                    throw new InvalidOperationException($"{type.Name} declares two default handlers: {defaultHandler.Method.Name} and {method.Name}.");
                }

                defaultHandler = handler;
                continue;
            }

            foreach (var raw in attribute.On)
            {
                if (string.IsNullOrWhiteSpace(raw))
                {
                    throw new InvalidOperationException($"{type.Name}.{method.Name} binds an empty endpoint.");
                }

                var endpoint = HandlerTable.Normalize(raw);
                if (byEndpoint.TryGetValue(endpoint, out var existing))
                {
                    throw new InvalidOperationException($"{type.Name} binds endpoint '{endpoint}' twice: {existing.Method.Name} and {method.Name}.");
                }

                byEndpoint[endpoint] = handler;
            }
        }

        return new HandlerTable(byEndpoint, defaultHandler);
    }

    internal static Handler Compile(Type type, MethodInfo method)
    {
        var where = $"{type.Name}.{method.Name}";
        if (method.IsStatic)
        {
            throw new InvalidOperationException($"Handler {where} must be an instance method.");
        }

        if (method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"Handler {where} must not be generic.");
        }

        if (method.ReturnType == typeof(void) && method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            throw new InvalidOperationException($"Handler {where} is 'async void': return Task or ValueTask so that its errors are reported.");
        }

        var takesParameters = false;
        var takesMatrix = false;
        var arguments = new List<Expression>();
        foreach (var p in method.GetParameters())
        {
            var t = p.ParameterType;
            if (t.IsByRef)
            {
                throw new InvalidOperationException($"Handler {where}: parameter '{p.Name}' must not be ref/out/in.");
            }

            if (t == typeof(DocumentArray))
            {
                arguments.Add(DocsParam);
            }
            else if (t == typeof(JsonObject) || t == typeof(IDictionary<string, JsonNode?>))
            {
                takesParameters = true;
                arguments.Add(Expression.Convert(ParametersParam, t));
            }
            else if (t == typeof(IReadOnlyList<DocumentArray>) || t == typeof(IEnumerable<DocumentArray>) || t == typeof(IReadOnlyCollection<DocumentArray>))
            {
                takesMatrix = true;
                arguments.Add(Expression.Convert(MatrixParam, t));
            }
            else if (t == typeof(CancellationToken))
            {
                arguments.Add(TokenParam);
            }
            else
            {
                throw new InvalidOperationException(
                    $"Handler {where}: parameter '{p.Name}' of type {t.Name} cannot be bound; a handler takes DocumentArray (docs), " +
                    "JsonObject (parameters), IReadOnlyList<DocumentArray> (docs matrix) and CancellationToken.");
            }
        }

        var call = Expression.Call(Expression.Convert(ExecutorParam, method.DeclaringType!), method, arguments);
        var body = Adapt(call, method.ReturnType);
        var lambda = Expression.Lambda<HandlerThunk>(body, ExecutorParam, DocsParam, ParametersParam, MatrixParam, TokenParam);
        return new Handler(method, lambda.Compile(), takesParameters, takesMatrix);
    }

    private static Expression Adapt(MethodCallExpression call, Type returnType)
    {
        if (returnType == typeof(void))
        {
            return Expression.Block(call, Expression.Default(typeof(ValueTask<object?>)));
        }

        if (returnType == typeof(Task))
        {
            return Expression.Call(typeof(HandlerAwaiters).GetMethod(nameof(HandlerAwaiters.FromTask))!, call);
        }

        if (returnType == typeof(ValueTask))
        {
            return Expression.Call(typeof(HandlerAwaiters).GetMethod(nameof(HandlerAwaiters.FromValueTask))!, call);
        }

        if (returnType.IsGenericType)
        {
            var definition = returnType.GetGenericTypeDefinition();
            var name = definition == typeof(Task<>) ? nameof(HandlerAwaiters.FromTaskOf)
                : definition == typeof(ValueTask<>) ? nameof(HandlerAwaiters.FromValueTaskOf)
                : null;
            if (name is not null)
            {
                var adapter = typeof(HandlerAwaiters).GetMethod(name)!.MakeGenericMethod(returnType.GetGenericArguments()[0]);
                return Expression.Call(adapter, call);
            }
        }

        var ctor = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;
        return Expression.New(ctor, Expression.Convert(call, typeof(object)));
    }
}
