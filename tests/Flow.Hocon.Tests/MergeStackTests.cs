namespace Flow.Hocon.Tests;

/// <summary>Self-references at every position of a key's definition stack, and references that are not self-references.</summary>
public sealed class MergeStackTests
{
    [Theory]
    [InlineData("a=1, b=${c}, c=${a}, a=${b}", "{\"a\":1,\"b\":1,\"c\":1}")]
    [InlineData("a={b=5}, a=${a}, a={c=6}", "{\"a\":{\"b\":5,\"c\":6}}")]
    [InlineData("a=${a}, a=1, a=2", "{\"a\":2}")]
    [InlineData("a=${?a}, a=1, a=2", "{\"a\":2}")]
    [InlineData("a=1, a=${a}, a=2", "{\"a\":2}")]
    [InlineData("a=1, a=2, a=${a}", "{\"a\":2}")]
    [InlineData("a=1, a=2, a=${?a}", "{\"a\":2}")]
    [InlineData("a={b={c=5}}, a=${a.b}, a={b=2}", "{\"a\":{\"b\":2,\"c\":5}}")]
    [InlineData("a=1,a=${a},a=${a},a=${a}", "{\"a\":1}")]
    [InlineData("a=1,a=${a}x,a=${a}y,a=${a}z", "{\"a\":\"1xyz\"}")]
    [InlineData("a={ a : 0 }, a=${a} { b : 1 }, a=${a} { c : 2 }", "{\"a\":{\"a\":0,\"b\":1,\"c\":2}}")]
    [InlineData("a={ b : 3 }, a={ b : 2 } ${a}", "{\"a\":{\"b\":3}}")]
    [InlineData("a : { b : 42 }, a : ${?NOT_HERE_8d1}", "{\"a\":{\"b\":42}}")]
    [InlineData("here : 43, a : { b : 42 }, a : ${?here}", "{\"here\":43,\"a\":43}")]
    [InlineData("a = [], a += 2", "{\"a\":[2]}")]
    [InlineData("a += 1, a += 2, a += 3", "{\"a\":[1,2,3]}")]
    [InlineData("x { a += 1, a += 2 }", "{\"x\":{\"a\":[1,2]}}")]
    [InlineData("a : { b : { c : [1], c += 2 } }", "{\"a\":{\"b\":{\"c\":[1,2]}}}")]
    [InlineData("a.b.c = [1], a.b.c += 2", "{\"a\":{\"b\":{\"c\":[1,2]}}}")]
    [InlineData("a = ${x}, a += ${y}, x = [1], y = 2", "{\"a\":[1,2],\"x\":[1],\"y\":2}")]
    [InlineData("a = [1] ${?nope}", "{\"a\":[1]}")]
    [InlineData("a = ${?nope} ${?nope2}", "{\"a\":\" \"}")]
    [InlineData("a = \"\"${?nope}", "{\"a\":\"\"}")]
    [InlineData("a = ${?nope}${?nope2}", "{}")]
    public void Resolve_DefinitionStack_SpecifiedResult(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Fact]
    public void Resolve_MutuallyReferringObjects_NotSelfReferences() =>
        Assert.Equal(
            "{\"bar\":{\"a\":4,\"b\":3},\"foo\":{\"c\":3,\"d\":4}}",
            Hocon.Json("bar : { a : ${foo.d}, b : 1 }\nbar.b = 3\nfoo : { c : ${bar.b}, d : 2 }\nfoo.d = 4"));

    [Fact]
    public void Resolve_ChildFieldReferenceWithEarlierDefinition_UsesCurrentValue() =>
        Assert.Equal("{\"bar\":{\"foo\":42,\"baz\":42}}", Hocon.Json("bar : { foo : 43 }\nbar : { foo : 42, baz : ${bar.foo} }"));

    [Theory]
    [InlineData("a = 10, a += 2")]
    [InlineData("a = { x : y }, a += 2")]
    [InlineData("a : abc ${x}, x : { y : z }")]
    [InlineData("a : abc ${x}, x : [1, 2]")]
    public void Resolve_IncompatibleConcatenation_Rejected(string text) =>
        Hocon.Fails<Flow.Hocon.ConfigParseException>(text);

    [Fact]
    public void PlusEquals_InsideListElement_RejectedWithLocation()
    {
        var error = Hocon.Fails<Flow.Hocon.ConfigParseException>("x = [ { a += 1, a += 2 } ]");
        Assert.Equal("test.conf:1:11: expected '=' or ':' after the key 'a': '+=' is not supported in an object inside a list", error.Message);
    }

    [Fact]
    public void PlusEquals_ObjectWithPlusEqualsAppended_Resolved() => Assert.Equal("{\"x\":[{\"a\":[1]}]}", Hocon.Json("x += { a += 1 }"));
}
