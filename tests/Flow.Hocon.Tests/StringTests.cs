namespace Flow.Hocon.Tests;

public sealed class StringTests
{
    [Fact]
    public void Unquoted_Word_IsString() => Assert.Equal("{\"a\":\"hello\"}", Hocon.Json("a = hello"));

    [Fact]
    public void Unquoted_WithDotsAndSlashes_IsOneString() =>
        Assert.Equal("{\"a\":\"foo.bar/baz-1_2\"}", Hocon.Json("a = foo.bar/baz-1_2"));

    [Fact]
    public void Unquoted_WordsWithWhitespace_WhitespaceKept() =>
        Assert.Equal("{\"a\":\"foo   bar\\tbaz\"}", Hocon.Json("a = foo   bar\tbaz"));

    [Fact]
    public void Unquoted_TrailingWhitespaceAndComment_Trimmed() => Assert.Equal("{\"a\":\"foo bar\"}", Hocon.Json("a =   foo bar   # c"));

    [Theory]
    [InlineData('$')]
    [InlineData('?')]
    [InlineData('!')]
    [InlineData('@')]
    [InlineData('*')]
    [InlineData('&')]
    [InlineData('^')]
    [InlineData('`')]
    [InlineData('\\')]
    [InlineData('+')]
    public void Unquoted_ForbiddenCharacter_Rejected(char forbidden)
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>($"a = foo{forbidden}bar");
        Assert.StartsWith("test.conf:1:8:", error.Message);
    }

    [Fact]
    public void Unquoted_ForbiddenCharacterInsideQuotes_Accepted() =>
        Assert.Equal("{\"a\":\"$?!@*&^`+=:,{}[]\"}", Hocon.Json("a = \"$?!@*&^`+=:,{}[]\""));

    [Fact]
    public void Quoted_AllEscapes_Decoded() =>
        Assert.Equal("{\"a\":\"\\\"\\\\/\\b\\f\\n\\r\\tAé\"}", Hocon.Json("a = \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00E9\""));

    [Fact]
    public void Quoted_UnknownEscape_RejectedWithPosition()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("a = \"x\\qy\"");
        Assert.Equal("test.conf:1:7: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found '\\q'", error.Message);
    }

    [Fact]
    public void Quoted_ShortUnicodeEscape_Rejected()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("a = \"\\u12\"");
        Assert.Equal("test.conf:1:6: expected four hex digits after \\u", error.Message);
    }

    [Fact]
    public void Quoted_NewlineInside_Rejected()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("a = \"abc\nd\"");
        Assert.StartsWith("test.conf:1:9: expected a closing '\"'", error.Message);
    }

    [Fact]
    public void Quoted_EmptyString_Kept() => Assert.Equal("{\"a\":\"\"}", Hocon.Json("a = \"\""));

    [Fact]
    public void TripleQuoted_KeepsNewlinesQuotesAndBackslashes() =>
        Assert.Equal("{\"a\":\"line1\\n \\\"q\\\" \\\\n\"}", Hocon.Json("a = \"\"\"line1\n \"q\" \\n\"\"\""));

    [Fact]
    public void TripleQuoted_ExtraClosingQuotes_BelongToString() => Assert.Equal("{\"a\":\"x\\\"\\\"\"}", Hocon.Json("a = \"\"\"x\"\"\"\"\""));

    [Fact]
    public void TripleQuoted_Unterminated_RejectedAtOpening()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("a = \"\"\"abc\n");
        Assert.Equal("test.conf:1:5: expected '\"\"\"' to close the triple-quoted string, found end of input", error.Message);
    }

    [Fact]
    public void Concatenation_QuotedAndUnquoted_JoinedWithWhitespace() =>
        Assert.Equal("{\"a\":\"foo bar baz\"}", Hocon.Json("a = foo \"bar\" baz"));

    [Fact]
    public void Concatenation_NoWhitespace_JoinedDirectly() => Assert.Equal("{\"a\":\"foobar\"}", Hocon.Json("a = foo\"bar\""));

    [Fact]
    public void Concatenation_NumbersAndBooleans_BecomeString() =>
        Assert.Equal("{\"a\":\"1 2.50 true null\"}", Hocon.Json("a = 1 2.50 true null"));

    [Fact]
    public void Concatenation_NumberWithUnit_IsString() => Assert.Equal("{\"a\":\"10 seconds\",\"b\":\"10s\"}", Hocon.Json("a = 10 seconds\nb = 10s"));

    [Fact]
    public void Concatenation_Arrays_Appended() => Assert.Equal("{\"a\":[1,2,3]}", Hocon.Json("a = [1] [2, 3]"));

    [Fact]
    public void Concatenation_Objects_Merged() =>
        Assert.Equal("{\"a\":{\"x\":1,\"y\":3,\"z\":4}}", Hocon.Json("a = { x = 1, y = 2 } { y = 3, z = 4 }"));

    [Fact]
    public void Concatenation_ListAndString_Rejected()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("a = [1] foo");
        Assert.Equal("test.conf:1:9: expected values of one kind in a concatenation (strings, lists or objects), found a list followed by the string 'foo'", error.Message);
    }

    [Fact]
    public void Concatenation_StringThenObject_Rejected()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("a = foo { b = 1 }");
        Assert.Contains("found the string 'foo' next to an object or list", error.Message);
    }
}
