using Flow.Hocon;
using Flow.Hocon.Parsing;

namespace Flow.Hocon.Tests;

/// <summary>Included <c>.properties</c> files read as <c>java.util.Properties.load</c> reads them.</summary>
public sealed class PropertiesTests
{
    private static string Json(string text) => PropertiesParser.Parse(text, "p.properties").ToJson(indented: false);

    [Theory]
    [InlineData("a = x\\ty\\nz", "{\"a\":\"x\\ty\\nz\"}")]
    [InlineData("a = caf\\u00e9", "{\"a\":\"café\"}")]
    [InlineData("a\\:b = 1", "{\"a:b\":\"1\"}")]
    [InlineData("a\\=b\\ c = 1", "{\"a=b c\":\"1\"}")]
    [InlineData("a = back\\\\slash", "{\"a\":\"back\\\\slash\"}")]
    [InlineData("a = \\q", "{\"a\":\"q\"}")]
    public void Properties_Escapes_Decoded(string text, string json) => Assert.Equal(json, Json(text));

    [Fact]
    public void Properties_BackslashAtEndOfLine_ContinuesWithoutLeadingSpaces() =>
        Assert.Equal("{\"a\":\"one two three\",\"b\":\"2\"}", Json("a = one \\\n    two \\\r\n\tthree\nb = 2"));

    [Fact]
    public void Properties_EvenBackslashesAtEndOfLine_DoNotContinue() =>
        Assert.Equal("{\"a\":\"x\\\\\",\"b\":\"2\"}", Json("a = x\\\\\nb = 2"));

    [Theory]
    [InlineData("a b", "{\"a\":\"b\"}")]
    [InlineData("a:b", "{\"a\":\"b\"}")]
    [InlineData("  a  =  b", "{\"a\":\"b\"}")]
    [InlineData("a", "{\"a\":\"\"}")]
    [InlineData("a = = b", "{\"a\":\"= b\"}")]
    [InlineData("a = b  ", "{\"a\":\"b  \"}")]
    public void Properties_KeyValueSeparators_AsJava(string text, string json) => Assert.Equal(json, Json(text));

    [Fact]
    public void Properties_CommentsAndBlankLines_Skipped() =>
        Assert.Equal("{\"a\":\"1\",\"b\":\"2 # not a comment\"}", Json("# c\n  ! c\n\n \t \na=1\r\nb=2 # not a comment"));

    [Fact]
    public void Properties_BadUnicodeEscape_ErrorWithLine()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("a = 1\nb = \\u12"));
        Assert.Equal(2, error.Origin.Line);
    }
}
