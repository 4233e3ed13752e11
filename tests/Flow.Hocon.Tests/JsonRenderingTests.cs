namespace Flow.Hocon.Tests;

/// <summary>The JSON rendering of resolved trees is always valid JSON.</summary>
public sealed class JsonRenderingTests
{
    [Fact]
    public void ToJson_LoneSurrogates_Escaped() =>
        Assert.Equal("{\"a\":\"x\\ud83dy\",\"b\":\"\\ude00\"}", Hocon.Json("a = \"x\\ud83dy\"\nb = \"\\ude00\""));

    [Fact]
    public void ToJson_SurrogatePair_WrittenAsCharacter() =>
        Assert.Equal("{\"a\":\"\U0001F600\"}", Hocon.Json("a = \"\\ud83d\\ude00\""));

    [Fact]
    public void ToJson_ControlCharacters_Escaped() =>
        Assert.Equal("{\"a\":\"\\u0000\\u001f\\b\\t\\n\\f\\r\\u2028\"}", Hocon.Json("a = \"\\u0000\\u001f\\b\\t\\n\\f\\r\\u2028\""));
}
