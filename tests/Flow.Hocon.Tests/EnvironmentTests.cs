using Flow.Hocon;
using Flow.Hocon.Parsing;
using Flow.Hocon.Resolution;

namespace Flow.Hocon.Tests;

/// <summary>Environment variables as the last fallback of substitutions, through an injected environment.</summary>
public sealed class EnvironmentTests
{
    private static string Json(string text, Dictionary<string, string> environment)
    {
        var parsed = Parser.Parse(text, "test.conf", null, Array.Empty<string>(), new IncludeContext());
        var resolved = Resolver.Resolve(parsed, name => environment.TryGetValue(name, out var value) ? value : null);
        return resolved.ToJson(indented: false);
    }

    [Fact]
    public void Environment_VariableSetToEmpty_IsEmptyString() =>
        Assert.Equal("{\"a\":\"\",\"b\":\"x\"}", Json("a = ${EMPTY}\nb = x${?EMPTY}", new() { ["EMPTY"] = string.Empty }));

    [Fact]
    public void Environment_OptionalVariableSetToEmpty_FieldKept() =>
        Assert.Equal("{\"a\":\"\"}", Json("a = 1\na = ${?EMPTY}", new() { ["EMPTY"] = string.Empty }));
}
