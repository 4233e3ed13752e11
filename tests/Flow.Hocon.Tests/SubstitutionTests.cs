using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class SubstitutionTests
{
    [Fact]
    public void Substitution_Scalar_CopiesValueAndType() => Assert.Equal("{\"a\":1,\"b\":1}", Hocon.Json("a = 1\nb = ${a}"));

    [Fact]
    public void Substitution_ForwardReference_Resolved() => Assert.Equal("{\"b\":1,\"a\":1}", Hocon.Json("b = ${a}\na = 1"));

    [Fact]
    public void Substitution_ResolvedAfterMerging_SeesLastValue() => Assert.Equal("{\"a\":2,\"b\":2}", Hocon.Json("a = 1\nb = ${a}\na = 2"));

    [Fact]
    public void Substitution_Object_Copied() =>
        Assert.Equal("{\"a\":{\"x\":1},\"b\":{\"x\":1}}", Hocon.Json("a { x = 1 }\nb = ${a}"));

    [Fact]
    public void Substitution_NestedPath_Resolved() => Assert.Equal("{\"a\":{\"b\":{\"c\":\"v\"}},\"d\":\"v\"}", Hocon.Json("a.b.c = v\nd = ${a.b.c}"));

    [Fact]
    public void Substitution_QuotedPathSegment_Resolved() => Assert.Equal("{\"a.b\":1,\"c\":1}", Hocon.Json("\"a.b\" = 1\nc = ${\"a.b\"}"));

    [Fact]
    public void Substitution_InStringConcatenation_Joined() =>
        Assert.Equal("{\"host\":\"localhost\",\"url\":\"http://localhost:80/x\"}", Hocon.Json("host = localhost\nurl = \"http://\"${host}\":80/x\""));

    [Fact]
    public void Substitution_InsideObjectReferencingSibling_Resolved() =>
        Assert.Equal("{\"bar\":{\"foo\":42,\"baz\":42}}", Hocon.Json("bar : { foo : 42, baz : ${bar.foo} }"));

    [Fact]
    public void Substitution_ObjectMergedWithLiteralObject_Merges() =>
        Assert.Equal("{\"base\":{\"p\":1,\"q\":2},\"d\":{\"p\":1,\"q\":3}}", Hocon.Json("base { p = 1, q = 2 }\nd = ${base} { q = 3 }"));

    [Fact]
    public void Substitution_ArraysConcatenated() => Assert.Equal("{\"a\":[1],\"b\":[1,2]}", Hocon.Json("a = [1]\nb = ${a} [2]"));

    [Fact]
    public void Substitution_ToNull_IsNull() => Assert.Equal("{\"a\":null,\"b\":null}", Hocon.Json("a = null\nb = ${a}"));

    [Fact]
    public void Substitution_ChainOfReferences_Resolved() => Assert.Equal("{\"a\":\"x\",\"b\":\"x\",\"c\":\"x\"}", Hocon.Json("a = x\nb = ${a}\nc = ${b}"));

    [Fact]
    public void Substitution_Missing_ErrorNamesPathAndLocation()
    {
        var error = Hocon.Fails<ConfigResolveException>("a = 1\nb = ${nope.x}");
        Assert.Equal("nope.x", error.Path);
        Assert.Equal("test.conf:2:5: could not resolve substitution ${nope.x}: path 'nope.x' is not defined in the configuration nor as an environment variable", error.Message);
    }

    [Fact]
    public void Optional_Missing_FieldOmitted() => Assert.Equal("{\"a\":1}", Hocon.Json("a = 1\nb = ${?nope}"));

    [Fact]
    public void Optional_MissingOverridingEarlierValue_KeepsEarlier() => Assert.Equal("{\"a\":1}", Hocon.Json("a = 1\na = ${?nope}"));

    [Fact]
    public void Optional_MissingInConcatenation_Vanishes() => Assert.Equal("{\"a\":\"xy\"}", Hocon.Json("a = x${?nope}y"));

    [Fact]
    public void Optional_MissingInArray_ElementOmitted() => Assert.Equal("{\"a\":[1,2]}", Hocon.Json("a = [1, ${?nope}, 2]"));

    [Fact]
    public void Optional_Present_Used() => Assert.Equal("{\"x\":5,\"a\":5}", Hocon.Json("x = 5\na = ${?x}"));

    [Fact]
    public void Cycle_TwoKeys_ErrorNamesPath()
    {
        var error = Hocon.Fails<ConfigResolveException>("a = ${b}\nb = ${a}");
        Assert.Equal("a", error.Path);
        Assert.Equal("test.conf:2:5: substitution cycle: ${a} depends on itself (path 'a')", error.Message);
    }

    [Fact]
    public void Cycle_ThroughObject_Rejected()
    {
        var error = Hocon.Fails<ConfigResolveException>("x = { y = ${x} }");
        Assert.Equal("x", error.Path);
        Assert.Contains("substitution cycle", error.Message);
    }

    [Fact]
    public void SelfReference_String_AppendsToEarlier() =>
        Assert.Equal("{\"path\":\"/usr:/bin\"}", Hocon.Json("path = /usr\npath = ${path}\":/bin\""));

    [Fact]
    public void SelfReference_Object_MergesWithEarlier() =>
        Assert.Equal("{\"foo\":{\"a\":1,\"b\":2}}", Hocon.Json("foo { a = 1 }\nfoo = ${foo} { b = 2 }"));

    [Fact]
    public void SelfReference_PlainCopy_KeepsEarlier() => Assert.Equal("{\"foo\":{\"a\":1}}", Hocon.Json("foo : { a : 1 }\nfoo : ${foo}"));

    [Fact]
    public void SelfReference_NestedField_SeesEarlierValue() =>
        Assert.Equal("{\"a\":{\"b\":\"x y\"}}", Hocon.Json("a.b = x\na { b = ${a.b} y }"));

    [Fact]
    public void SelfReference_ThreeDefinitions_EachSeesPrevious() => Assert.Equal("{\"a\":\"123\"}", Hocon.Json("a = 1\na = ${a}2\na = ${a}3"));

    [Fact]
    public void SelfReference_OptionalWithoutEarlier_Vanishes() => Assert.Equal("{\"foo\":\"bar\"}", Hocon.Json("foo = ${?foo}bar"));

    [Fact]
    public void SelfReference_RequiredWithoutEarlier_Rejected()
    {
        var error = Hocon.Fails<ConfigResolveException>("foo_not_in_env_8f3 = ${foo_not_in_env_8f3}");
        Assert.Equal("foo_not_in_env_8f3", error.Path);
    }

    [Fact]
    public void SelfReference_OverriddenValueWithMissingSubstitution_NotResolved() => Assert.Equal("{\"a\":1}", Hocon.Json("a = ${nope}\na = 1"));

    [Fact]
    public void PlusEquals_AppendsToEarlierList() => Assert.Equal("{\"a\":[1,2,3]}", Hocon.Json("a = [1]\na += 2\na += 3"));

    [Fact]
    public void PlusEquals_WithoutEarlier_StartsList() => Assert.Equal("{\"a\":[{\"x\":1}]}", Hocon.Json("a += { x = 1 }"));

    [Fact]
    public void PlusEquals_InNestedObject_UsesFullPath() => Assert.Equal("{\"o\":{\"a\":[1,2]}}", Hocon.Json("o.a = [1]\no { a += 2 }"));

    [Fact]
    public void PlusEquals_OnString_Rejected() => Hocon.Fails<ConfigParseException>("a = x\na += 2");

    [Fact]
    public void Environment_FallbackForUnknownPath_IsString()
    {
        Environment.SetEnvironmentVariable("FLOW_HOCON_TEST_VAR", "42");
        var config = Hocon.Parse("a = ${FLOW_HOCON_TEST_VAR}\nb = ${?FLOW_HOCON_TEST_VAR}");
        Assert.Equal("{\"a\":\"42\",\"b\":\"42\"}", config.ToJson(indented: false));
        Assert.Equal(42, config.GetInt("a"));
    }

    [Fact]
    public void Environment_TreeValueWinsOverVariable()
    {
        Environment.SetEnvironmentVariable("FLOW_HOCON_TEST_SHADOW", "env");
        Assert.Equal("{\"FLOW_HOCON_TEST_SHADOW\":\"tree\",\"a\":\"tree\"}", Hocon.Json("FLOW_HOCON_TEST_SHADOW = tree\na = ${FLOW_HOCON_TEST_SHADOW}"));
    }

    [Fact]
    public void Environment_SelfReferenceWithoutEarlier_UsesVariable()
    {
        Environment.SetEnvironmentVariable("FLOW_HOCON_TEST_PATH", "/bin");
        Assert.Equal("{\"FLOW_HOCON_TEST_PATH\":\"/bin:/more\"}", Hocon.Json("FLOW_HOCON_TEST_PATH = ${FLOW_HOCON_TEST_PATH}\":/more\""));
    }

    [Fact]
    public void Substitution_InKeyPosition_Rejected()
    {
        var error = Hocon.Fails<ConfigParseException>("${a} = 1");
        Assert.StartsWith("test.conf:1:1: expected a key", error.Message);
    }

    [Theory]
    [InlineData("a = ${b//c}\nb = 1")]
    [InlineData("a = ${b#c}\nb = 1")]
    public void Substitution_CommentInsidePath_Rejected(string text) =>
        Assert.StartsWith("test.conf:1:5: expected '}' to close the substitution", Hocon.Fails<ConfigParseException>(text).Message);

    [Fact]
    public void Substitution_CommentCharactersInQuotedPath_Allowed() =>
        Assert.Equal("{\"a\":1,\"b#c\":1}", Hocon.Json("a = ${\"b#c\"}\n\"b#c\" = 1"));

    [Fact]
    public void Substitution_Unclosed_Rejected()
    {
        var error = Hocon.Fails<ConfigParseException>("a = ${b");
        Assert.Equal("test.conf:1:5: expected '}' to close the substitution '${' on the same line", error.Message);
    }

    [Fact]
    public void WithFallback_ParseAgainstFallback_ResolvesIntoIt()
    {
        var fallback = Hocon.Parse("timeouts { ask = 5s }");
        var config = Config.ParseString("my-timeout = ${timeouts.ask}", "x", fallback);
        Assert.Equal(TimeSpan.FromSeconds(5), config.GetTimeSpan("my-timeout"));
        Assert.Equal("{\"my-timeout\":\"5s\",\"timeouts\":{\"ask\":\"5s\"}}", config.ToJson(indented: false));
    }

    [Fact]
    public void ParseAgainstFallback_FileKeysFirstInFileOrder_ThenFallbackKeys()
    {
        var fallback = Hocon.Parse("flow { a = 1, b = 2, c = { x = 1 } }\nother = 0");
        var config = Config.ParseString("zeta = 1\nflow.c.y = 2\nflow.b = 3", "x", fallback);
        Assert.Equal("{\"zeta\":1,\"flow\":{\"c\":{\"y\":2,\"x\":1},\"b\":3,\"a\":1},\"other\":0}", config.ToJson(indented: false));
    }

    [Fact]
    public void Substitution_NullInConcatenation_BecomesEmptyString() =>
        Assert.Equal("{\"n\":null,\"a\":\"x  y\",\"b\":\"null y\"}", Hocon.Json("n = null\na = x ${n} y\nb = null y"));

    [Fact]
    public void Environment_TreeNullBlocksVariable()
    {
        Environment.SetEnvironmentVariable("FLOW_HOCON_TEST_BLOCKED", "env");
        Assert.Equal("{\"FLOW_HOCON_TEST_BLOCKED\":null,\"a\":null}", Hocon.Json("FLOW_HOCON_TEST_BLOCKED = null\na = ${FLOW_HOCON_TEST_BLOCKED}"));
    }

    [Fact]
    public void SelfReference_ObjectFieldReplacedThenMerged_SpecExample() =>
        Assert.Equal("{\"foo\":{\"a\":2,\"c\":1}}", Hocon.Json("foo : { a : { c : 1 } }\nfoo : ${foo.a}\nfoo : { a : 2 }"));

    [Fact]
    public void Substitution_LaterOverrideOfReferencedSibling_SeesOverride() =>
        Assert.Equal("{\"bar\":{\"foo\":43,\"baz\":43}}", Hocon.Json("bar : { foo : 42, baz : ${bar.foo} }\nbar : { foo : 43 }"));

    [Fact]
    public void Substitution_LongBackwardChain_Resolved()
    {
        var text = new System.Text.StringBuilder("a0 = start\n");
        for (var i = 1; i < 2000; i++)
        {
            text.Append('a').Append(i).Append(" = ${a").Append(i - 1).Append("}\n");
        }

        Assert.Equal("start", Hocon.Parse(text.ToString()).GetString("a1999"));
    }

    [Fact]
    public void SelfReference_IndirectThroughOtherKey_SeesEarlierValue() =>
        Assert.Equal("{\"bar\":10,\"foo\":10}", Hocon.Json("bar : 10\nfoo : ${bar}\nbar : ${foo}"));

    [Fact]
    public void Concatenation_QuotedWhitespaceBetweenObjects_Rejected() =>
        Hocon.Fails<ConfigParseException>("a { x = 1 }\nb { y = 2 }\nc = ${a} \" \" ${b}");

    [Fact]
    public void Concatenation_UnquotedWhitespaceBetweenObjectSubstitutions_Ignored() =>
        Assert.Equal("{\"a\":{\"x\":1},\"b\":{\"y\":2},\"c\":{\"x\":1,\"y\":2}}", Hocon.Json("a { x = 1 }\nb { y = 2 }\nc = ${a} ${b}"));

    [Fact]
    public void Array_WhitespaceSeparatedValues_AreOneConcatenatedElement() =>
        Assert.Equal("{\"a\":[\"1 2 3 4\"],\"b\":[[1,2,3,4]],\"c\":[[1,2],[3,4]]}", Hocon.Json("a = [ 1 2 3 4 ]\nb = [ [ 1, 2 ] [ 3, 4 ] ]\nc = [ [ 1, 2 ]\n [ 3, 4 ] ]"));

    [Fact]
    public void Substitution_InListElementObjectBuiltFromDottedKeys_Resolved() =>
        Assert.Equal(
            "{\"x\":[{\"a\":{\"b\":1,\"c\":2}}],\"y\":2,\"z\":[{\"a\":{\"b\":1,\"c\":2}}]}",
            Hocon.Json("x = [ { a.b = 1, a.c = ${y} } ]\ny = 2\nz = [ { a { b = 1 }, a { c = ${y} } } ]"));
}
