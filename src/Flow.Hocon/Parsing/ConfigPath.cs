using System.Text;

namespace Flow.Hocon.Parsing;

/// <summary>Path expressions: <c>a.b.c</c>, quoted segments <c>"a.b".c</c>, whitespace kept inside a key.</summary>
internal static class ConfigPath
{
    /// <summary>Parses a path expression given as text (an API argument or a substitution body).</summary>
    /// <exception cref="ConfigParseException">When the expression is empty or malformed.</exception>
    public static string[] Parse(string expression, ConfigOrigin origin)
    {
        if (IsSimple(expression))
        {
            return expression.Split('.');
        }

        var tokens = Lexer.Tokenize(expression, origin.Description);
        var start = 0;
        var end = tokens.Count - 1;
        while (start < end && tokens[start].Kind == TokenKind.Whitespace)
        {
            start++;
        }

        while (end > start && tokens[end - 1].Kind == TokenKind.Whitespace)
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Unquoted or TokenKind.Quoted or TokenKind.Whitespace))
            {
                throw new ConfigParseException(origin, $"expected a path expression, found {tokens[i].Describe()} in '{expression}'");
            }
        }

        return FromTokens(tokens, start, end, origin);
    }

    /// <summary>Builds a path from key tokens [start, end) (unquoted, quoted and whitespace, already trimmed).</summary>
    public static string[] FromTokens(List<Token> tokens, int start, int end, ConfigOrigin origin)
    {
        if (start == end)
        {
            throw new ConfigParseException(origin, "expected a key or path expression, found nothing");
        }

        if (end - start == 1)
        {
            var only = tokens[start];
            if (only.Kind == TokenKind.Quoted || (only.Kind == TokenKind.Unquoted && !only.Text!.Contains('.', StringComparison.Ordinal)))
            {
                return [only.Text!];
            }
        }

        var segments = new List<string>(2);
        var current = new StringBuilder();
        var currentHasText = false;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Unquoted)
            {
                current.Append(token.Text);
                currentHasText |= token.Kind == TokenKind.Quoted;
                continue;
            }

            var text = token.Text!;
            var from = 0;
            while (true)
            {
                var dot = text.IndexOf('.', from);
                var part = dot < 0 ? text.AsSpan(from) : text.AsSpan(from, dot - from);
                current.Append(part);
                currentHasText |= part.Length > 0;
                if (dot < 0)
                {
                    break;
                }

                if (!currentHasText)
                {
                    throw new ConfigParseException(origin, $"expected a key before '.' in path expression at line {token.Line}, column {token.Column + dot} (quote empty keys as \"\")");
                }

                segments.Add(current.ToString());
                current.Clear();
                currentHasText = false;
                from = dot + 1;
            }
        }

        if (!currentHasText)
        {
            throw new ConfigParseException(origin, "expected a key after '.' in path expression (quote empty keys as \"\")");
        }

        segments.Add(current.ToString());
        return segments.ToArray();
    }

    /// <summary>Renders a path so that <see cref="Parse"/> reads it back: segments joined by '.', quoted where needed.</summary>
    public static string Render(ReadOnlySpan<string> path)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            var segment = path[i];
            if (NeedsQuotes(segment))
            {
                Reading.JsonRenderer.WriteString(builder, segment);
            }
            else
            {
                builder.Append(segment);
            }
        }

        return builder.ToString();
    }

    private static bool IsSimple(string expression)
    {
        if (expression.Length == 0 || expression[0] == '.' || expression[^1] == '.')
        {
            return false;
        }

        var previousDot = false;
        foreach (var c in expression)
        {
            if (c == '.')
            {
                if (previousDot)
                {
                    return false;
                }

                previousDot = true;
                continue;
            }

            previousDot = false;
            if (c == '\n' || c == '/' || CharClass.IsWhitespace(c) || CharClass.IsForbiddenInUnquoted(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsQuotes(string segment)
    {
        if (segment.Length == 0)
        {
            return true;
        }

        foreach (var c in segment)
        {
            if (c == '.' || c == '\n' || c == '/' || CharClass.IsWhitespace(c) || CharClass.IsForbiddenInUnquoted(c))
            {
                return true;
            }
        }

        return false;
    }
}
