namespace Flow.Actors.Tests.Configuration;

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
}
