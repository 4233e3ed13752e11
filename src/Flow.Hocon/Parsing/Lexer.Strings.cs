using System.Globalization;

namespace Flow.Hocon.Parsing;

/// <summary>Quoted strings (JSON escapes), triple-quoted strings and substitutions.</summary>
internal sealed partial class Lexer
{
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
            else if (!quoted && (c == '#' || (c == '/' && Peek(1) == '/')))
            {
                // A comment runs to the end of the line, so it would swallow the closing brace.
                throw Error(column, "expected '}' to close the substitution '${', found the start of a comment (quote keys that contain '#' or '//')");
            }

            _pos++;
        }

        var expression = _text.Substring(start, _pos - start);
        _pos++;
        _tokens.Add(new Token(TokenKind.Substitution, expression, _line, column, optional));
    }
}
