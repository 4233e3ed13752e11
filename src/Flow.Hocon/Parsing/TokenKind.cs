namespace Flow.Hocon.Parsing;

/// <summary>The kinds of HOCON tokens; comments are dropped by the lexer.</summary>
internal enum TokenKind : byte
{
    End,
    Newline,
    Whitespace,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Equals,
    Colon,
    PlusEquals,
    Unquoted,
    Quoted,
    Substitution,
}
