namespace Flow.Hocon.Tests;

/// <summary>Value concatenation: strings, lists and objects, with and without substitutions.</summary>
public sealed class ConcatenationTests
{
    [Theory]
    [InlineData("b = { \"1\" : y, \"0\" : x, z : 9 }\na = ${b} [w]", "{\"b\":{\"1\":\"y\",\"0\":\"x\",\"z\":9},\"a\":[\"x\",\"y\",\"w\"]}")]
    [InlineData("b = { \"0\" : x }\na = [w] ${b}", "{\"b\":{\"0\":\"x\"},\"a\":[\"w\",\"x\"]}")]
    [InlineData("a.0 = x\na.1 = y\na += z", "{\"a\":[\"x\",\"y\",\"z\"]}")]
    [InlineData("a = { \"0\" : x } [y]", "{\"a\":[\"x\",\"y\"]}")]
    public void Concatenation_NumericallyIndexedObjectWithList_ReadAsList(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Fact]
    public void Concatenation_ObjectWithoutNumericKeysWithList_Rejected() =>
        Hocon.Fails<Flow.Hocon.ConfigParseException>("b = { x : 1 }\na = ${b} [2]");
}
