using Flow.Hocon;

namespace Flow.Hocon.Tests;

/// <summary>
/// A substitution resolves only what lies on its path: a lookup through a key defined by a substitution or an
/// object concatenation does not resolve that key's other fields, so references between them are not cycles.
/// </summary>
public sealed class LookupTests
{
    [Fact]
    public void Lookup_IntoObjectConcatenationBeingResolved_SeesSiblingFromSubstitution() =>
        Assert.Equal(
            "{\"base\":{\"foo\":2},\"bar\":{\"foo\":2,\"baz\":2}}",
            Hocon.Json("base { foo = 2 }\nbar = ${base} { baz = ${bar.foo} }"));

    [Fact]
    public void Lookup_IntoObjectConcatenation_SeesLaterPieceOverEarlier() =>
        Assert.Equal(
            "{\"base\":{\"foo\":2},\"bar\":{\"foo\":3,\"baz\":3}}",
            Hocon.Json("base { foo = 2 }\nbar = ${base} { foo = 3, baz = ${bar.foo} }"));

    [Fact]
    public void Lookup_SubstitutionPieceOfObjectConcatenation_IsSelfReferenceAndLooksBack() =>
        Assert.Equal("{\"a\":{\"x\":1}}", Hocon.Json("a = ${?a.x} { x : 1 }"));

    [Theory]
    [InlineData("a = ${b}\na { x = ${a.z} }\nb { y = 2 }\na.z = 4", "{\"a\":{\"y\":2,\"x\":4,\"z\":4},\"b\":{\"y\":2}}")]
    [InlineData("a = ${b}\na { x = ${a.y}, y = 3 }\nb { y = 2 }", "{\"a\":{\"y\":3,\"x\":3},\"b\":{\"y\":2}}")]
    public void Lookup_FromObjectDefinitionOfStackedKey_LooksForward(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Fact]
    public void Lookup_SelfReferentialObjectConcatenation_SeesEarlierDefinition() =>
        Assert.Equal("{\"foo\":{\"a\":1,\"b\":1}}", Hocon.Json("foo = { a: 1 }, foo = ${foo} { b: ${foo.a} }"));

    [Fact]
    public void Lookup_ThroughSubstitutionDefinedKey_ResolvesOnlyThePath() =>
        Assert.Equal(
            "{\"defaults\":{\"a\":2,\"b\":2},\"item1\":{\"b\":2,\"a\":2},\"item2\":{\"b\":2}}",
            Hocon.Json("defaults { a = ${item1.b}, b = 2 }\nitem1.b = 7\nitem1 = ${defaults}\nitem2.b = ${item1.b}"));

    [Fact]
    public void Lookup_ObjectsExtendingTheSameDefaults_ReferToEachOther() =>
        Assert.Equal(
            "{\"defaults\":{\"a\":1,\"b\":2},\"item1\":{\"a\":1,\"b\":2,\"c\":1,\"x\":15},\"item2\":{\"a\":1,\"b\":2,\"d\":1,\"y\":15}}",
            Hocon.Json("defaults { a = 1, b = 2 }\nitem1 = ${defaults}\nitem1.c = ${item2.d}\nitem1.x = ${item2.y}\n"
                + "item2 = ${defaults}\nitem2.d = ${item1.a}\nitem2.y = 15"));

    [Fact]
    public void Lookup_FieldOfObjectConcatenationReferringToItself_Rejected() =>
        Assert.Equal("bar.baz", Hocon.Fails<ConfigResolveException>("base { foo = 2 }\nbar = ${base} { baz = ${bar.baz} }").Path);

    [Fact]
    public void Lookup_CycleOfOptionalSubstitutions_IsUndefined() =>
        Assert.Equal("{\"a\":{\"b\":{}}}", Hocon.Json("foo : ${?bar}, bar : ${?a.b.c}, a : { b : { c : ${?foo} } }"));

    [Fact]
    public void Lookup_OptionalSubstitutionIntoRequiredCycle_Rejected() =>
        Assert.Contains("cycle", Hocon.Fails<ConfigResolveException>("x : ${?foo}, foo : ${bar}, bar : ${a.b.c}, a : { b : { c : ${foo} } }").Message);

    [Fact]
    public void Lookup_OptionalSelfReferenceInsideObject_FieldVanishes() =>
        Assert.Equal("{\"a\":{}}", Hocon.Json("a : { b : ${?a} }"));

    [Theory]
    [InlineData("b=${a}, a=1, a=${b}", "{\"b\":1,\"a\":1}")]
    [InlineData("a=1, b=${a}, a=${b}", "{\"a\":1,\"b\":1}")]
    [InlineData("foo : ${bar}\nbar : { a : 1 }\nbar : ${foo}", "{\"foo\":{\"a\":1},\"bar\":{\"a\":1}}")]
    public void Lookup_CycleThroughDefinitionStack_LooksBackWhateverTheOrder(string text, string json) => Assert.Equal(json, Hocon.Json(text));

    [Fact]
    public void Lookup_CycleInsideObjectDefinitionOfStackedKey_Rejected() =>
        Assert.Contains("cycle", Hocon.Fails<ConfigResolveException>("a = ${c}\na { y = ${b} }\nb = ${a.y}\nc {}").Message);

    [Fact]
    public void Lookup_ObjectDefinitionReferringToItsWholeStackedKey_Rejected() =>
        Assert.Equal("a", Hocon.Fails<ConfigResolveException>("a = ${b}\na { x = ${a} }\nb { y = 1 }").Path);

    [Fact]
    public void Lookup_ObjectDefinitionReferringOptionallyToItsWholeStackedKey_FieldVanishes() =>
        Assert.Equal("{\"a\":{\"y\":1},\"b\":{\"y\":1}}", Hocon.Json("a = ${b}\na { x = ${?a} }\nb { y = 1 }"));

    [Fact]
    public void Lookup_CycleWithoutEarlierDefinition_StillRejected() =>
        Assert.Contains("cycle", Hocon.Fails<ConfigResolveException>("a = 1\na = ${b}\nb = ${c}\nc = ${b}").Message);

    [Fact]
    public void Lookup_ThroughThousandsOfSubstitutionDefinedKeys_ErrorNotCrash()
    {
        var text = new System.Text.StringBuilder("a = ${k0.z}\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append('k').Append(i).Append(" = ${k").Append(i + 1).Append("}\n");
        }

        text.Append("k100000 = { z = 1 }\n");
        var error = Assert.Throws<ConfigException>(() => Hocon.Parse(text.ToString()));
        Assert.Contains("too deeply", error.Message);
    }
}
