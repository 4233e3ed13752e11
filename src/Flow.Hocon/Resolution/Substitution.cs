namespace Flow.Hocon.Resolution;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>. In an included file the path is prefixed with the include point, and the
/// unprefixed path is the fallback; the environment variable named by the expression is the last resort.
/// </summary>
internal sealed class Substitution : LazyValue
{
    public Substitution(string[] path, string[]? unprefixedPath, string expression, bool optional, ConfigOrigin origin)
        : base(origin)
    {
        Path = path;
        UnprefixedPath = unprefixedPath;
        Expression = expression;
        Optional = optional;
    }

    public string[] Path { get; }

    public string[]? UnprefixedPath { get; }

    /// <summary>The path as written, also the name of the environment variable tried last.</summary>
    public string Expression { get; }

    public bool Optional { get; }

    public string Describe() => Optional ? $"${{?{Expression}}}" : $"${{{Expression}}}";
}
