using Flow.Actors.Configuration.Resolution;

namespace Flow.Actors.Configuration.Parsing;

/// <summary>Values: literals, quoted strings, substitutions, objects, lists and their concatenations.</summary>
internal sealed partial class Parser
{
    /// <summary>Parses a value up to a comma, newline or closing bracket; null when there is none.</summary>
    private ConfigValue? ParseValue(string[] valuePath)
    {
        var first = Current;
        var pieces = new List<ConfigValue>(1);
        var hasSubstitution = false;
        var singleUnquoted = false;
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Unquoted:
                    pieces.Add(new ConfigString(token.Text!, OriginOf(token)));
                    singleUnquoted = pieces.Count == 1;
                    _index++;
                    continue;
                case TokenKind.Quoted:
                    pieces.Add(new ConfigString(token.Text!, OriginOf(token)));
                    _index++;
                    continue;
                case TokenKind.Whitespace:
                    pieces.Add(new ConfigString(token.Text!, OriginOf(token)) { IsWhitespace = true });
                    _index++;
                    continue;
                case TokenKind.Substitution:
                    pieces.Add(ParseSubstitution(token));
                    hasSubstitution = true;
                    _index++;
                    continue;
                case TokenKind.OpenBrace:
                    _index++;
                    pieces.Add(ParseObjectBody(braced: true, valuePath, OriginOf(token)));
                    continue;
                case TokenKind.OpenBracket:
                    pieces.Add(ParseList(valuePath));
                    continue;
            }

            break;
        }

        var count = pieces.Count;
        while (count > 0 && pieces[count - 1] is ConfigString { IsWhitespace: true })
        {
            count--;
            _index--;
        }

        if (count == 0)
        {
            return null;
        }

        if (count == 1)
        {
            return singleUnquoted ? Literal((ConfigString)pieces[0]) : pieces[0];
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
        while (true)
        {
            SkipWhitespaceAndNewlines();
            if (Current.Kind == TokenKind.CloseBracket)
            {
                _index++;
                return new ConfigList(items, OriginOf(open));
            }

            if (Current.Kind == TokenKind.End)
            {
                throw Error(Current, $"expected ']' to close the list opened at line {open.Line}, column {open.Column}, found end of input");
            }

            var item = ParseValue(valuePath)
                ?? throw Error(Current, $"expected a list element or ']', found {Current.Describe()}");
            items.Add(item);
            SkipWhitespace();
            switch (Current.Kind)
            {
                case TokenKind.Comma:
                    _index++;
                    break;
                case TokenKind.Newline:
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
        var path = ConfigPath.Parse(expression, origin);
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
