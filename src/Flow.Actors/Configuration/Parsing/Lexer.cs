using System.Globalization;
using System.Text;

namespace Flow.Actors.Configuration.Parsing;

/// <summary>
/// Turns HOCON text into tokens on demand (the parser pulls them, so a large file never needs one large token
/// array); drops comments, keeps whitespace (it matters in concatenations).
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly string _origin;
    private readonly List<Token> _tokens;
    private readonly StringBuilder _buffer = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer that appends the tokens it reads to <paramref name="sink"/>.</summary>
    public Lexer(string text, string origin, List<Token> sink)
    {
        _text = text;
        _origin = origin;
        _tokens = sink;
    }

    /// <summary>Lexes the whole text; throws <see cref="ConfigParseException"/> at the first invalid character.</summary>
    public static List<Token> Tokenize(string text, string origin)
    {
        var tokens = new List<Token>();
        var lexer = new Lexer(text, origin, tokens);
        do
        {
            lexer.LexNext();
        }
        while (tokens[^1].Kind != TokenKind.End);

        return tokens;
    }

    private int Column => _pos - _lineStart + 1;

    /// <summary>Appends at least one token (the last one is <see cref="TokenKind.End"/>); throws at an invalid character.</summary>
    public void LexNext()
    {
        var count = _tokens.Count;
        while (_pos < _text.Length && _tokens.Count == count)
        {
            var c = _text[_pos];
            var column = Column;
            switch (c)
            {
                case '\n':
                    _tokens.Add(new Token(TokenKind.Newline, null, _line, column));
                    _pos++;
                    _line++;
                    _lineStart = _pos;
                    break;
                case '#':
                    SkipComment();
                    break;
                case '/' when Peek(1) == '/':
                    SkipComment();
                    break;
                case '{':
                    Single(TokenKind.OpenBrace, column);
                    break;
                case '}':
                    Single(TokenKind.CloseBrace, column);
                    break;
                case '[':
                    Single(TokenKind.OpenBracket, column);
                    break;
                case ']':
                    Single(TokenKind.CloseBracket, column);
                    break;
                case ',':
                    Single(TokenKind.Comma, column);
                    break;
                case '=':
                    Single(TokenKind.Equals, column);
                    break;
                case ':':
                    Single(TokenKind.Colon, column);
                    break;
                case '+' when Peek(1) == '=':
                    _tokens.Add(new Token(TokenKind.PlusEquals, null, _line, column));
                    _pos += 2;
                    break;
                case '"':
                    LexQuoted(column);
                    break;
                case '$' when Peek(1) == '{':
                    LexSubstitution(column);
                    break;
                default:
                    if (CharClass.IsWhitespace(c))
                    {
                        LexWhitespace(column);
                    }
                    else if (CharClass.IsForbiddenInUnquoted(c))
                    {
                        throw Error(column, Forbidden(c));
                    }
                    else
                    {
                        LexUnquoted(column);
                    }

                    break;
            }
        }

        if (_tokens.Count == count)
        {
            _tokens.Add(new Token(TokenKind.End, null, _line, Column));
        }
    }

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private void Single(TokenKind kind, int column)
    {
        _tokens.Add(new Token(kind, null, _line, column));
        _pos++;
    }

    private void SkipComment()
    {
        while (_pos < _text.Length && _text[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void LexWhitespace(int column)
    {
        var start = _pos;
        while (_pos < _text.Length && CharClass.IsWhitespace(_text[_pos]))
        {
            _pos++;
        }

        _tokens.Add(new Token(TokenKind.Whitespace, Spaces(start, _pos - start), _line, column));
    }

    private void LexUnquoted(int column)
    {
        var start = _pos;
        var numeric = char.IsAsciiDigit(_text[_pos]) || (_text[_pos] == '-' && char.IsAsciiDigit(Peek(1)));
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n' || CharClass.IsWhitespace(c) || (c == '/' && Peek(1) == '/'))
            {
                break;
            }

            // An exponent sign belongs to the number (1e+5), not to a '+=' or a stray '+'.
            if (c == '+' && numeric && _pos > start && (_text[_pos - 1] == 'e' || _text[_pos - 1] == 'E') && Peek(1) != '=')
            {
                _pos++;
                continue;
            }

            if (CharClass.IsForbiddenInUnquoted(c))
            {
                break;
            }

            _pos++;
        }

        _tokens.Add(new Token(TokenKind.Unquoted, _text.Substring(start, _pos - start), _line, column));
    }

    private void LexQuoted(int column)
    {
        if (Peek(1) == '"' && Peek(2) == '"')
        {
            LexTripleQuoted(column);
            return;
        }

        _pos++;
        _buffer.Clear();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error(column, "expected a closing '\"' for the quoted string, found end of input");
            }

            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                break;
            }

            if (c == '\n')
            {
                throw Error(Column, "expected a closing '\"' before the end of the line (use \\n or a triple-quoted string for newlines)");
            }

            if (c == '\\')
            {
                LexEscape();
                continue;
            }

            if (c < ' ')
            {
                throw Error(Column, $"expected a printable character in the quoted string, found control character U+{(int)c:X4} (escape it)");
            }

            _buffer.Append(c);
            _pos++;
        }

        _tokens.Add(new Token(TokenKind.Quoted, _buffer.ToString(), _line, column));
    }

    private void LexEscape()
    {
        var column = Column;
        var e = Peek(1);
        _pos += 2;
        switch (e)
        {
            case '"': _buffer.Append('"'); break;
            case '\\': _buffer.Append('\\'); break;
            case '/': _buffer.Append('/'); break;
            case 'b': _buffer.Append('\b'); break;
            case 'f': _buffer.Append('\f'); break;
            case 'n': _buffer.Append('\n'); break;
            case 'r': _buffer.Append('\r'); break;
            case 't': _buffer.Append('\t'); break;
            case 'u':
                if (_pos + 4 > _text.Length
                    || !ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw Error(column, "expected four hex digits after \\u");
                }

                _buffer.Append((char)code);
                _pos += 4;
                break;
            default:
                var found = e == '\0' ? "end of input" : $"'\\{e}'";
                throw Error(column, $"expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found {found}");
        }
    }

    private void LexTripleQuoted(int column)
    {
        var line = _line;
        _pos += 3;
        var start = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new ConfigParseException(new ConfigOrigin(_origin, line, column), "expected '\"\"\"' to close the triple-quoted string, found end of input");
            }

            var c = _text[_pos];
            if (c == '"' && Peek(1) == '"' && Peek(2) == '"')
            {
                // Extra quotes before the closing three belong to the string: """a"""" is a".
                var end = _pos + 3;
                while (end < _text.Length && _text[end] == '"')
                {
                    end++;
                }

                var content = _text.Substring(start, end - 3 - start);
                _pos = end;
                _tokens.Add(new Token(TokenKind.Quoted, content, line, column));
                return;
            }

            _pos++;
            if (c == '\n')
            {
                _line++;
                _lineStart = _pos;
            }
        }
    }

    private void LexSubstitution(int column)
    {
        _pos += 2;
        var optional = false;
        if (Peek(0) == '?')
        {
            optional = true;
            _pos++;
        }

        var start = _pos;
        var quoted = false;
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
            {
                throw Error(column, "expected '}' to close the substitution '${' on the same line");
            }

            var c = _text[_pos];
            if (c == '\\' && quoted)
            {
                _pos += 2;
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '}' && !quoted)
            {
                break;
            }

            _pos++;
        }

        var expression = _text.Substring(start, _pos - start);
        _pos++;
        _tokens.Add(new Token(TokenKind.Substitution, expression, _line, column, optional));
    }

    /// <summary>Indentation and separators are mostly plain spaces: share those strings instead of allocating them.</summary>
    private string Spaces(int start, int length)
    {
        if (length < SpaceStrings.Length && _text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0)
        {
            return SpaceStrings[length];
        }

        return _text.Substring(start, length);
    }

    private static readonly string[] SpaceStrings = CreateSpaceStrings(17);

    private static string[] CreateSpaceStrings(int count)
    {
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            strings[i] = new string(' ', i);
        }

        return strings;
    }

    private static string Forbidden(char c) => c switch
    {
        '+' => "expected '+=' or a value, found '+' (quote strings that contain '+')",
        '$' => "expected '${' to start a substitution, found '$' (quote strings that contain '$')",
        _ => $"expected a value or key, found reserved character '{c}' (quote strings that contain it)",
    };

    private ConfigParseException Error(int column, string detail) =>
        new(new ConfigOrigin(_origin, _line, column), detail);
}
