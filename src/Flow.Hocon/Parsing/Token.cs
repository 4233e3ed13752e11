namespace Flow.Hocon.Parsing;

/// <summary>One lexed token: its kind, its text (unquoted text, quoted content, whitespace, or a substitution's path expression) and position.</summary>
internal readonly record struct Token(TokenKind Kind, string? Text, int Line, int Column, bool Optional = false)
{
    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.Newline => "end of line",
        TokenKind.Whitespace => "whitespace",
        TokenKind.OpenBrace => "'{'",
        TokenKind.CloseBrace => "'}'",
        TokenKind.OpenBracket => "'['",
        TokenKind.CloseBracket => "']'",
        TokenKind.Comma => "','",
        TokenKind.Equals => "'='",
        TokenKind.Colon => "':'",
        TokenKind.PlusEquals => "'+='",
        TokenKind.Unquoted => $"'{Text}'",
        TokenKind.Quoted => $"quoted string \"{Text}\"",
        _ => $"substitution ${{{(Optional ? "?" : string.Empty)}{Text}}}",
    };
}
