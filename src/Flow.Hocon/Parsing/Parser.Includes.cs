namespace Flow.Hocon.Parsing;

/// <summary>The include directive: <c>include "f"</c>, <c>file("f")</c>, <c>classpath("r")</c>, <c>url("u")</c>, each optionally in <c>required(...)</c>.</summary>
internal sealed partial class Parser
{
    /// <summary>An unquoted <c>include</c> that starts a key is always the directive (quote it for a key named include).</summary>
    private bool IsIncludeDirective() => Current.Kind == TokenKind.Unquoted && Current.Text == "include";

    private string ParseInclude(ConfigObject obj, string[] objectPath)
    {
        var directive = Current;
        _index++;
        SkipWhitespaceAndNewlines();
        var before = string.Empty;
        var after = string.Empty;
        string? name = null;
        while (Current.Kind is TokenKind.Unquoted or TokenKind.Quoted or TokenKind.Whitespace)
        {
            var token = Current;
            if (token.Kind == TokenKind.Quoted)
            {
                if (name is not null)
                {
                    throw Error(token, "expected one quoted name in the include directive, found a second");
                }

                name = token.Text;
            }
            else if (token.Kind == TokenKind.Unquoted)
            {
                if (name is null)
                {
                    before += token.Text;
                }
                else
                {
                    after += token.Text;
                }
            }

            _index++;
        }

        var request = IncludeRequest.Decode(before, after);
        if (name is null || request is null)
        {
            throw Error(directive, "expected include \"name\", include file(\"name\"), include classpath(\"name\"), include url(\"name\") or one of them inside required(...)");
        }

        var resolvedRequest = request.Value;
        var target = name;
        if (resolvedRequest.Kind == IncludeKind.Heuristic && _classpathFolder is not null)
        {
            // As Typesafe Config: a bare include in a class-path resource names a resource beside it ("/x": at the root).
            resolvedRequest = resolvedRequest with { Kind = IncludeKind.Classpath };
            target = name.StartsWith('/') ? name : _classpathFolder + name;
        }

        var included = IncludeLoader.Load(
            resolvedRequest,
            target,
            OriginOf(directive),
            _directory,
            Concat(_basePath, objectPath),
            _includes);
        if (included is not null)
        {
            foreach (var field in included)
            {
                obj.Define(field.Key, field.Value);
            }
        }

        return $"include \"{name}\"";
    }
}
