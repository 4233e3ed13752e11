using Flow.Hocon.Resolution;

namespace Flow.Hocon.Parsing;

/// <summary>Values: literals, quoted strings, substitutions, objects, lists and their concatenations.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Parses a value up to a comma, newline or closing bracket; null when there is none. The value's path
    /// (<paramref name="parentPath"/> plus <paramref name="key"/>) is built only when a nested object needs it.
    /// </summary>
    private ConfigValue? ParseValue(string[] parentPath, string[]? key)
    {
        var first = Current;
        ConfigValue? single = null;
        List<ConfigValue>? pieces = null;
        var hasSubstitution = false;
        while (true)
        {
            var token = Current;
            ConfigValue piece;
            switch (token.Kind)
            {
                case TokenKind.Unquoted:
                    piece = new ConfigString(token.Text!, OriginOf(token));
                    _index++;
                    break;
                case TokenKind.Quoted:
                    piece = new ConfigString(token.Text!, OriginOf(token));
                    _index++;
                    break;
                case TokenKind.Whitespace:
                    piece = new ConfigString(token.Text!, OriginOf(token)) { IsWhitespace = true };
                    _index++;
                    break;
                case TokenKind.Substitution:
                    piece = ParseSubstitution(token);
                    hasSubstitution = true;
                    _index++;
                    break;
                case TokenKind.OpenBrace:
                    _index++;
                    piece = ParseObjectBody(braced: true, key is null ? parentPath : Concat(parentPath, key), OriginOf(token));
                    break;
                case TokenKind.OpenBracket:
                    piece = ParseList(key is null ? parentPath : Concat(parentPath, key));
                    break;
                default:
                    return Finish(first, single, pieces, hasSubstitution);
            }

            if (single is null && pieces is null)
            {
                single = piece;
            }
            else
            {
                pieces ??= new List<ConfigValue>(4) { single! };
                pieces.Add(piece);
            }
        }
    }

    private ConfigValue? Finish(Token first, ConfigValue? single, List<ConfigValue>? pieces, bool hasSubstitution)
    {
        if (pieces is null)
        {
            return single is not null && first.Kind == TokenKind.Unquoted ? Literal((ConfigString)single) : single;
        }

        var count = pieces.Count;
        while (count > 0 && pieces[count - 1] is ConfigString { IsWhitespace: true })
        {
            count--;
            _index--;
        }

        if (count == 1)
        {
            return first.Kind == TokenKind.Unquoted ? Literal((ConfigString)pieces[0]) : pieces[0];
        }

        pieces.RemoveRange(count, pieces.Count - count);
        if (hasSubstitution)
        {
            return new Concatenation(pieces, OriginOf(first));
        }

        var folded = new List<ConfigValue?>(pieces);
        return ConcatenationFolder.Fold(folded, OriginOf(first), resolved: false);
    }

    private ConfigList ParseList(string[] valuePath)
    {
        var open = Current;
        _index++;
        var items = new List<ConfigValue>();
        EnterNesting(OriginOf(open));
        _listDepth++;
        while (true)
        {
            Compact();
            SkipWhitespaceAndNewlines();
            if (Current.Kind == TokenKind.CloseBracket)
            {
                _index++;
                _depth--;
                _listDepth--;
                return new ConfigList(items, OriginOf(open));
            }

            if (Current.Kind == TokenKind.End)
            {
                throw Error(Current, $"expected ']' to close the list opened at line {open.Line}, column {open.Column}, found end of input");
            }

            var item = ParseValue(valuePath, null)
                ?? throw Error(Current, $"expected a list element or ']', found {Current.Describe()}");
            items.Add(item);
            SkipWhitespace();
            switch (Current.Kind)
            {
                case TokenKind.Comma:
                    _index++;
                    break;
                case TokenKind.Newline:
                    SkipCommaAfterNewlines();
                    break;
                case TokenKind.CloseBracket:
                    break;
                case TokenKind.End:
                    throw Error(Current, $"expected ']' to close the list opened at line {open.Line}, column {open.Column}, found end of input");
                default:
                    throw Error(Current, $"expected ',', a newline or ']' after a list element, found {Current.Describe()}");
            }
        }
    }

    private Substitution ParseSubstitution(Token token)
    {
        var origin = OriginOf(token);
        var expression = token.Text!;
        string[] path;
        try
        {
            path = ConfigPath.Parse(expression, origin);
        }
        catch (ConfigParseException e)
        {
            throw new ConfigParseException(origin, $"expected a path expression in the {token.Describe()}: {e.Detail}");
        }

        var written = string.Join('.', path);
        if (_basePath.Length == 0)
        {
            return new Substitution(path, null, written, token.Optional, origin);
        }

        var prefixed = new string[_basePath.Length + path.Length];
        _basePath.CopyTo(prefixed, 0);
        path.CopyTo(prefixed, _basePath.Length);
        return new Substitution(prefixed, path, written, token.Optional, origin);
    }

    private static ConfigValue Literal(ConfigString unquoted)
    {
        var text = unquoted.Value;
        return text switch
        {
            "true" => new ConfigBoolean(true, unquoted.Origin),
            "false" => new ConfigBoolean(false, unquoted.Origin),
            "null" => new ConfigNull(unquoted.Origin),
            _ => (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-')
                    ? ConfigNumber.TryParse(text, unquoted.Origin)
                    : null) ?? (ConfigValue)unquoted,
        };
    }
}
