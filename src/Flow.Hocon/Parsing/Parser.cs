namespace Flow.Hocon.Parsing;

/// <summary>
/// A recursive-descent HOCON parser over the lexer's tokens. It builds a tree whose duplicate keys are already
/// merged or stacked; substitutions stay in it as lazy values until the resolver runs.
/// </summary>
internal sealed partial class Parser
{
    private const int CompactThreshold = 256;
    private const int MaxDepth = 512;
    private readonly List<Token> _tokens = new(CompactThreshold + 64);
    private readonly Lexer _lexer;
    private readonly string _origin;
    private readonly string? _directory;
    private readonly string[] _basePath;
    private readonly IncludeContext _includes;
    private readonly string? _classpathFolder;
    private int _index;
    private int _depth;
    private int _listDepth;

    private Parser(string text, string origin, string? directory, string[] basePath, IncludeContext includes, string? classpathFolder)
    {
        _classpathFolder = classpathFolder;
        _lexer = new Lexer(text, origin, _tokens);
        _origin = origin;
        _directory = directory;
        _basePath = basePath;
        _includes = includes;
    }

    /// <summary>Parses one document into an unresolved object.</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="origin">The file path or origin name used in errors.</param>
    /// <param name="directory">The directory that relative includes start from, or null for the working directory.</param>
    /// <param name="basePath">Where the document is mounted (non-empty for a nested include).</param>
    /// <param name="includes">The chain of documents being included, for cycle detection.</param>
    /// <param name="classpathFolder">
    /// For a class-path resource, the class-path folder it lies in (<c>""</c> or <c>"akka/"</c>): its bare
    /// <c>include "x"</c> names the resource <c>x</c> in that folder. Null for a file or a string.
    /// </param>
    public static ConfigObject Parse(
        string text, string origin, string? directory, string[] basePath, IncludeContext includes, string? classpathFolder = null)
    {
        var parser = new Parser(text, origin, directory, basePath, includes, classpathFolder);
        return parser.ParseRoot();
    }

    private Token Current
    {
        get
        {
            while (_index >= _tokens.Count)
            {
                _lexer.LexNext();
            }

            return _tokens[_index];
        }
    }

    /// <summary>
    /// Drops consumed tokens. Called only between fields and list elements, where no caller still holds an
    /// index into the token list.
    /// </summary>
    private void Compact()
    {
        if (_index >= CompactThreshold)
        {
            _tokens.RemoveRange(0, _index);
            _index = 0;
        }
    }

    private ConfigObject ParseRoot()
    {
        SkipWhitespaceAndNewlines();
        if (Current.Kind == TokenKind.OpenBracket)
        {
            throw Error(Current, "expected an object at the root (a key or '{'), found '[': a configuration cannot be a list");
        }

        ConfigObject root;
        if (Current.Kind == TokenKind.OpenBrace)
        {
            _index++;
            root = ParseObjectBody(braced: true, Array.Empty<string>(), OriginOf(_tokens[_index - 1]));
            SkipWhitespaceAndNewlines();
            if (Current.Kind != TokenKind.End)
            {
                throw Error(Current, $"expected end of input after the root object's closing '}}', found {Current.Describe()}");
            }
        }
        else
        {
            root = ParseObjectBody(braced: false, Array.Empty<string>(), OriginOf(Current));
        }

        return root;
    }

    private ConfigObject ParseObjectBody(bool braced, string[] objectPath, ConfigOrigin origin)
    {
        var obj = new ConfigObject(origin, mutable: true);
        EnterNesting(origin);
        while (true)
        {
            Compact();
            SkipWhitespaceAndNewlines();
            var token = Current;
            if (token.Kind == TokenKind.CloseBrace)
            {
                if (!braced)
                {
                    throw Error(token, "expected a key or end of input, found '}' without a matching '{'");
                }

                _index++;
                _depth--;
                return obj;
            }

            if (token.Kind == TokenKind.End)
            {
                if (braced)
                {
                    throw Error(token, $"expected '}}' to close the object opened at line {origin.Line}, column {origin.Column}, found end of input");
                }

                _depth--;
                return obj;
            }

            var key = IsIncludeDirective() ? ParseInclude(obj, objectPath) : ParseField(obj, objectPath);
            SkipWhitespace();
            token = Current;
            switch (token.Kind)
            {
                case TokenKind.Comma:
                    _index++;
                    break;
                case TokenKind.Newline:
                    SkipCommaAfterNewlines();
                    break;
                case TokenKind.CloseBrace when braced:
                case TokenKind.End when !braced:
                    break;
                case TokenKind.End:
                    throw Error(token, $"expected '}}' to close the object opened at line {origin.Line}, column {origin.Column}, found end of input");
                default:
                    throw Error(token, $"expected ',' or a newline after {key}, found {token.Describe()}");
            }
        }
    }

    private string ParseField(ConfigObject obj, string[] objectPath)
    {
        var keyToken = Current;
        var start = _index;
        while (Current.Kind is TokenKind.Unquoted or TokenKind.Quoted or TokenKind.Whitespace)
        {
            _index++;
        }

        var end = _index;
        while (end > start && _tokens[end - 1].Kind == TokenKind.Whitespace)
        {
            end--;
        }

        if (start == end)
        {
            throw Error(keyToken, $"expected a key (or '}}' or end of input), found {keyToken.Describe()}");
        }

        var path = ConfigPath.FromTokens(_tokens, start, end, OriginOf(keyToken));
        SkipWhitespaceAndNewlines();
        var separator = Current;
        ConfigValue? value;
        switch (separator.Kind)
        {
            case TokenKind.Equals:
            case TokenKind.Colon:
                _index++;
                SkipWhitespaceAndNewlines();
                value = ParseValue(objectPath, path);
                break;
            case TokenKind.PlusEquals:
                if (_listDepth > 0)
                {
                    // Its self-reference would need a path through the list; lightbend rejects it too.
                    throw Error(separator, $"expected '=' or ':' after the key '{ConfigPath.Render(path)}': '+=' is not supported in an object inside a list");
                }

                _index++;
                SkipWhitespaceAndNewlines();
                value = ParseValue(objectPath, path);
                if (value is not null)
                {
                    value = AppendTo(Concat(_basePath, objectPath, path), value, separator);
                }

                break;
            case TokenKind.OpenBrace:
                value = ParseValue(objectPath, path);
                break;
            default:
                throw Error(separator, $"expected '=', ':', '+=' or '{{' after the key '{ConfigPath.Render(path)}', found {separator.Describe()}");
        }

        if (value is null)
        {
            throw Error(Current, $"expected a value for the key '{ConfigPath.Render(path)}', found {Current.Describe()}");
        }

        var target = obj;
        var depth = 0;
        while (depth < path.Length - 1 && target.TryGetValue(path[depth], out var child) && child is ConfigObject { IsMutable: true } childObject)
        {
            target = childObject;
            depth++;
        }

        for (var i = path.Length - 1; i > depth; i--)
        {
            var wrapper = new ConfigObject(value.Origin, mutable: true);
            wrapper.Set(path[i], value);
            value = wrapper;
        }

        target.Define(path[depth], value);
        return $"the value of '{ConfigPath.Render(path)}'";
    }

    private Resolution.Concatenation AppendTo(string[] fullPath, ConfigValue value, Token at)
    {
        var origin = OriginOf(at);
        var self = new Resolution.Substitution(fullPath, null, ConfigPath.Render(fullPath), optional: true, origin);
        var list = new ConfigList([value], value.Origin);
        return new Resolution.Concatenation([self, list], origin);
    }

    private void EnterNesting(ConfigOrigin origin)
    {
        if (++_depth > MaxDepth)
        {
            throw new ConfigParseException(origin, $"expected objects and lists nested at most {MaxDepth} deep, found deeper nesting");
        }
    }

    /// <summary>A newline separates fields or elements; one comma may still follow it (<c>[1\n, 2]</c>).</summary>
    private void SkipCommaAfterNewlines()
    {
        SkipWhitespaceAndNewlines();
        if (Current.Kind == TokenKind.Comma)
        {
            _index++;
        }
    }

    private void SkipWhitespace()
    {
        while (Current.Kind == TokenKind.Whitespace)
        {
            _index++;
        }
    }

    private void SkipWhitespaceAndNewlines()
    {
        while (Current.Kind is TokenKind.Whitespace or TokenKind.Newline)
        {
            _index++;
        }
    }

    private ConfigOrigin OriginOf(Token token) => new(_origin, token.Line, token.Column);

    private ConfigParseException Error(Token token, string detail) => new(OriginOf(token), detail);

    private static string[] Concat(string[] first, string[] second, string[]? third = null)
    {
        third ??= Array.Empty<string>();
        if (first.Length + second.Length == 0)
        {
            return third;
        }

        var result = new string[first.Length + second.Length + third.Length];
        first.CopyTo(result, 0);
        second.CopyTo(result, first.Length);
        third.CopyTo(result, first.Length + second.Length);
        return result;
    }
}
