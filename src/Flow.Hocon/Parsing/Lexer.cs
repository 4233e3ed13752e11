using System.Text;

namespace Flow.Hocon.Parsing;

/// <summary>
/// Turns HOCON text into tokens on demand (the parser pulls them, so a large file never needs one large token
/// array); drops comments, keeps whitespace (it matters in concatenations).
/// </summary>
internal sealed partial class Lexer
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
