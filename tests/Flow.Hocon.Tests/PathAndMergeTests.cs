namespace Flow.Hocon.Tests;

public sealed class PathAndMergeTests
{
    [Fact]
    public void Path_DottedKey_ExpandsToObjects() => Assert.Equal("{\"a\":{\"b\":{\"c\":1}}}", Hocon.Json("a.b.c = 1"));

    [Fact]
    public void Path_QuotedSegment_KeepsDots() => Assert.Equal("{\"a\":{\"b.c\":{\"d\":1}}}", Hocon.Json("a.\"b.c\".d = 1"));

    [Fact]
    public void Path_QuotedEmptyKey_Allowed() => Assert.Equal("{\"\":{\"a\":1}}", Hocon.Json("\"\".a = 1"));

    [Fact]
    public void Path_WhitespaceInsideKey_Kept() => Assert.Equal("{\"a b\":{\"c\":1}}", Hocon.Json("a b.c = 1"));

    [Fact]
    public void Path_NumericKey_SplitsOnDot() => Assert.Equal("{\"10\":{\"5\":1}}", Hocon.Json("10.5 = 1"));

    [Fact]
    public void Path_QuotedAndUnquotedAdjacent_Joined() => Assert.Equal("{\"ab.c\":1}", Hocon.Json("a\"b.c\" = 1"));

    [Theory]
    [InlineData("a..b = 1")]
    [InlineData(".a = 1")]
    [InlineData("a. = 1")]
    public void Path_EmptySegment_Rejected(string text)
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>(text);
        Assert.StartsWith("test.conf:1:1:", error.Message);
    }

    [Fact]
    public void Duplicate_Objects_MergeRecursively() =>
        Assert.Equal("{\"a\":{\"b\":{\"c\":1,\"d\":2},\"e\":3}}", Hocon.Json("a { b { c = 1 } }\na { b { d = 2 }, e = 3 }"));

    [Fact]
    public void Duplicate_Scalar_LaterWins() => Assert.Equal("{\"a\":2}", Hocon.Json("a = 1\na = 2"));

    [Fact]
    public void Duplicate_ObjectThenScalar_ScalarReplaces() => Assert.Equal("{\"a\":5}", Hocon.Json("a { b = 1 }\na = 5"));

    [Fact]
    public void Duplicate_ScalarThenObject_ObjectReplaces() => Assert.Equal("{\"a\":{\"b\":1}}", Hocon.Json("a = 5\na { b = 1 }"));

    [Fact]
    public void Duplicate_NullBetweenObjects_StopsMerge() =>
        Assert.Equal("{\"a\":{\"c\":2}}", Hocon.Json("a { b = 1 }\na = null\na { c = 2 }"));

    [Fact]
    public void Duplicate_Arrays_Replace() => Assert.Equal("{\"a\":[3]}", Hocon.Json("a = [1, 2]\na = [3]"));

    [Fact]
    public void Duplicate_PathAndBlockForms_Merge() =>
        Assert.Equal("{\"a\":{\"b\":{\"c\":1,\"d\":2}}}", Hocon.Json("a.b.c = 1\na { b.d = 2 }"));
}
