namespace Flow.Hocon.Tests;

/// <summary>
/// One case per rule of the HOCON specification, section by section, written against the resolved JSON that
/// <c>flow config</c> prints (key order as Flow promises: first definition first).
/// </summary>
public sealed class SpecRuleTests
{
    [Theory]
    [InlineData("", "{}")]
    [InlineData("# only a comment\n// and another", "{}")]
    [InlineData("\uFEFFk = 1", "{\"k\":1}")]
    [InlineData("k = 1\r\nl = 2\r\n", "{\"k\":1,\"l\":2}")]
    [InlineData("k\u00A0=\u2003v\u2028", "{\"k\":\"v\"}")]
    [InlineData("{ \"k\" : [ 1, 2.5, true, null, \"s\" ] }", "{\"k\":[1,2.5,true,null,\"s\"]}")]
    [InlineData("k { l = 1 }", "{\"k\":{\"l\":1}}")]
    [InlineData("k = [1,2,]\nl = { m = 1, }", "{\"k\":[1,2],\"l\":{\"m\":1}}")]
    [InlineData("k = [\n1\n2\n]", "{\"k\":[1,2]}")]
    public void Syntax_DocumentAndSeparators(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Theory]
    [InlineData("k = [1,2,,]")]
    [InlineData("k = [,1]")]
    [InlineData("k = [1,,2]")]
    [InlineData("k = 1,,")]
    [InlineData("k = 1 }")]
    [InlineData("[1, 2]")]
    public void Syntax_InvalidSeparatorsAndRoots_Rejected(string text) =>
        Hocon.Fails<Flow.Hocon.ConfigParseException>(text);

    [Theory]
    [InlineData("k = one  two\tthree ", "{\"k\":\"one  two\\tthree\"}")]
    [InlineData("k = false maybe", "{\"k\":\"false maybe\"}")]
    [InlineData("k = nullish", "{\"k\":\"nullish\"}")]
    [InlineData("k = 42nd street", "{\"k\":\"42nd street\"}")]
    [InlineData("k = 5s", "{\"k\":\"5s\"}")]
    [InlineData("k = a/b//comment", "{\"k\":\"a/b\"}")]
    [InlineData("k = \"x\" 'y' z", "{\"k\":\"x 'y' z\"}")]
    [InlineData("k = 2.50 \"\" 1e3", "{\"k\":\"2.50  1e3\"}")]
    public void Strings_UnquotedAndConcatenated(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Theory]
    [InlineData("k = \"\"\"a \"quoted\" \\n\"\"\"", "{\"k\":\"a \\\"quoted\\\" \\\\n\"}")]
    [InlineData("k = \"\"\"end\"\"\"\"\"", "{\"k\":\"end\\\"\\\"\"}")]
    [InlineData("k = \"\\u0041\\ud834\\udd1e\"", "{\"k\":\"A\U0001D11E\"}")]
    public void Strings_TripleQuotedAndEscapes(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Theory]
    [InlineData("2.0.1 = v", "{\"2\":{\"0\":{\"1\":\"v\"}}}")]
    [InlineData("false = v", "{\"false\":\"v\"}")]
    [InlineData("x.\"y.z\" = v", "{\"x\":{\"y.z\":\"v\"}}")]
    [InlineData("x\"y.z\" = v", "{\"xy.z\":\"v\"}")]
    [InlineData("my key = v", "{\"my key\":\"v\"}")]
    [InlineData("\"include\" = v\nx include = w", "{\"include\":\"v\",\"x include\":\"w\"}")]
    public void Keys_PathExpressions(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Theory]
    [InlineData("k { a = 1 }\nk { b = 2 }", "{\"k\":{\"a\":1,\"b\":2}}")]
    [InlineData("k { a = 1 }\nk = 7\nk { b = 2 }", "{\"k\":{\"b\":2}}")]
    [InlineData("k = 7\nk { b = 2 }", "{\"k\":{\"b\":2}}")]
    [InlineData("k { a = 1 }\nk = [1]", "{\"k\":[1]}")]
    [InlineData("k { a { x = 1, y = 2 } }\nk.a.y = 3", "{\"k\":{\"a\":{\"x\":1,\"y\":3}}}")]
    public void Merging_DuplicateKeys(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Theory]
    [InlineData("base { size = 6 }\neast = ${base} { name = east }", "{\"base\":{\"size\":6},\"east\":{\"size\":6,\"name\":\"east\"}}")]
    [InlineData("p = [/bin]\np = ${p} [/usr/bin]", "{\"p\":[\"/bin\",\"/usr/bin\"]}")]
    [InlineData("w = world\ng = [ hello ${w}, bye ${w} ]", "{\"w\":\"world\",\"g\":[\"hello world\",\"bye world\"]}")]
    [InlineData("n = null\ns = a${n}b", "{\"n\":null,\"s\":\"ab\"}")]
    [InlineData("t = true\ns = ${t} story", "{\"t\":true,\"s\":\"true story\"}")]
    public void Substitutions_Concatenation(string text, string json) => Assert.Equal(json, Hocon.Json(text));
}
