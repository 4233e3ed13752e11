namespace Flow.Hocon.Tests;

public sealed class SyntaxTests
{
    [Fact]
    public void Parse_EmptyText_EmptyObject() => Assert.Equal("{}", Hocon.Json(""));

    [Fact]
    public void Parse_OnlyCommentsAndBlankLines_EmptyObject() => Assert.Equal("{}", Hocon.Json("# a\n// b\n\n  \n"));

    [Fact]
    public void Parse_RootBraces_SameAsWithout() =>
        Assert.Equal(Hocon.Json("a = 1\nb = 2"), Hocon.Json("{ a = 1\nb = 2 }"));

    [Fact]
    public void Parse_EmptyRootBraces_EmptyObject() => Assert.Equal("{}", Hocon.Json("{}"));

    [Theory]
    [InlineData("a = 1")]
    [InlineData("a : 1")]
    [InlineData("a=1")]
    [InlineData("a:1")]
    [InlineData("\"a\" : 1")]
    public void Parse_EqualsOrColon_DefinesKey(string text) => Assert.Equal("{\"a\":1}", Hocon.Json(text));

    [Fact]
    public void Parse_KeyFollowedByBrace_NoSeparatorNeeded() =>
        Assert.Equal("{\"a\":{\"b\":1}}", Hocon.Json("a { b = 1 }"));

    [Fact]
    public void Parse_CommasAndNewlines_BothSeparateFields() =>
        Assert.Equal("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", Hocon.Json("a = 1, b = 2\nc = 3,\nd = 4,"));

    [Fact]
    public void Parse_TrailingCommaInObject_Accepted() => Assert.Equal("{\"a\":{\"b\":1}}", Hocon.Json("a { b = 1, }"));

    [Fact]
    public void Parse_HashAndSlashComments_Ignored() =>
        Assert.Equal("{\"a\":1,\"b\":\"x\"}", Hocon.Json("a = 1 # one\nb = x // ex\n# end"));

    [Fact]
    public void Parse_CommentMarkersInsideQuotes_KeptAsText() =>
        Assert.Equal("{\"a\":\"# not // a comment\"}", Hocon.Json("a = \"# not // a comment\""));

    [Fact]
    public void Parse_ValueOnNextLineAfterEquals_Accepted() => Assert.Equal("{\"a\":1}", Hocon.Json("a =\n  1"));

    [Fact]
    public void Parse_ArrayElementsOnSeveralLines_Accepted() =>
        Assert.Equal("{\"a\":[1,2,3]}", Hocon.Json("a = [\n 1\n 2,\n 3,\n]"));

    [Fact]
    public void Parse_EmptyArray_EmptyList() => Assert.Equal("{\"a\":[]}", Hocon.Json("a = []"));

    [Fact]
    public void Parse_NestedArraysAndObjects_Kept() =>
        Assert.Equal("{\"a\":[[1],{\"b\":[true,null]}]}", Hocon.Json("a = [[1], {b = [true, null]}]"));

    [Fact]
    public void Parse_Json_IsValidHocon() =>
        Assert.Equal("{\"a\":{\"b\":[1,2.5,\"x\"],\"c\":false}}", Hocon.Json("{\"a\": {\"b\": [1, 2.5, \"x\"], \"c\": false}}"));

    [Fact]
    public void Parse_CarriageReturnLineEndings_Accepted() => Assert.Equal("{\"a\":1,\"b\":\"x\"}", Hocon.Json("a = 1\r\nb = x\r\n"));

    [Fact]
    public void Parse_ByteOrderMark_TreatedAsWhitespace() => Assert.Equal("{\"a\":1}", Hocon.Json("\uFEFFa = 1"));

    [Fact]
    public void Parse_IncludeAsQuotedKey_IsAnOrdinaryKey() => Assert.Equal("{\"include\":5}", Hocon.Json("\"include\" = 5"));

    [Fact]
    public void Parse_KeyOrder_IsFirstDefinitionOrder() =>
        Assert.Equal("{\"b\":3,\"a\":2}", Hocon.Json("b = 1\na = 2\nb = 3"));

    [Fact]
    public void Parse_NewlineOrCommentBetweenKeyAndSeparator_Accepted() =>
        Assert.Equal("{\"foo\":42,\"bar\":10}", Hocon.Json("{ \"foo\"\n : 42\n\"bar\" #comment\n: 10 }"));

    [Fact]
    public void Parse_CommaAfterNewlines_Accepted() =>
        Assert.Equal("{\"a\":[1,2,3],\"b\":[10,11],\"c\":{\"d\":\"e\"}}", Hocon.Json("a = [1,2,3\n\n , \n]\nb = [ 10 # comment\n, 11]\nc { d : e  \n  , \n }"));

    [Fact]
    public void Parse_IncludeWithoutWhitespaceBeforeName_IsInclude() => Assert.Equal("{}", Hocon.Json("{ include\"nothere-3f9\" }"));

    [Fact]
    public void Parse_EmSpace_IsWhitespace() => Assert.Equal("{\"a\":\"b\u2003c\"}", Hocon.Json("a\u2003=\u2003b\u2003c"));

    [Fact]
    public void Parse_SubstitutionWithSpacesAndQuotedPieces_OneKey() =>
        Assert.Equal("{\"foo  bar  baz\":1,\"a\":1,\"b\":1}", Hocon.Json("\"foo  bar  baz\" = 1\na = ${foo  \"bar\"  baz}\nb = ${ \"foo  bar  baz\" }"));

    [Fact]
    public void Parse_SlashesInKeyAndValue_Unquoted() => Assert.Equal("{\"/a/b/c\":\"/\"}", Hocon.Json("{ /a/b/c : / }"));
}
