using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class ReadTests
{
    private static readonly Config Sample = Hocon.Parse("""
        s = hello
        i = 42
        l = 9000000000
        d = 2.5
        b = true
        n = null
        ns = "17"
        o { x = 1, "y.z" = 2 }
        list = [a, 1, true]
        ints = [1, 2, 3]
        indexed { "1" = b, "0" = a, "10" = c, other = x }
        objs = [{ k = 1 }, { k = 2 }]
        """);

    [Fact]
    public void GetString_String_Value() => Assert.Equal("hello", Sample.GetString("s"));

    [Fact]
    public void GetString_Number_WrittenText() => Assert.Equal("2.5", Sample.GetString("d"));

    [Fact]
    public void GetString_Object_WrongTypeNamesPath()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetString("o"));
        Assert.Equal("o", error.Path);
        Assert.Equal(ConfigValueType.Object, error.Actual);
        Assert.Equal("test.conf:8:3: configuration path 'o' has type object; expected a string.", error.Message);
    }

    [Fact]
    public void GetString_Missing_MissingNamesPathAndType()
    {
        var error = Assert.Throws<ConfigMissingException>(() => Sample.GetString("o.nope"));
        Assert.Equal("No configuration setting found for path 'o.nope'; expected a string.", error.Message);
    }

    [Fact]
    public void GetString_Null_MissingSaysNull()
    {
        var error = Assert.Throws<ConfigMissingException>(() => Sample.GetString("n"));
        Assert.Equal("Configuration path 'n' is null; expected a string.", error.Message);
    }

    [Fact]
    public void GetString_ThroughScalar_WrongTypeNamesPrefix()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetString("s.x"));
        Assert.Equal("s", error.Path);
    }

    [Fact]
    public void GetString_Default_UsedWhenMissingOrNull()
    {
        Assert.Equal("dflt", Sample.GetString("nope", "dflt"));
        Assert.Equal("dflt", Sample.GetString("n", "dflt"));
        Assert.Equal("hello", Sample.GetString("s", "dflt"));
    }

    [Fact]
    public void GetInt_IntegerAndNumericString_Read()
    {
        Assert.Equal(42, Sample.GetInt("i"));
        Assert.Equal(17, Sample.GetInt("ns"));
        Assert.Equal(7, Sample.GetInt("nope", 7));
    }

    [Fact]
    public void GetInt_OutOfRange_WrongType()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt("l"));
        Assert.Equal("test.conf:3:5: configuration path 'l' has type number '9000000000'; expected a 32-bit integer (it is out of the 32-bit range).", error.Message);
    }

    [Fact]
    public void GetInt_Fractional_WrongType() => Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt("d"));

    [Fact]
    public void GetInt_String_WrongType()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt("s"));
        Assert.Equal("test.conf:1:5: configuration path 's' has type string 'hello'; expected a 32-bit integer.", error.Message);
    }

    [Fact]
    public void GetLong_Large_Read()
    {
        Assert.Equal(9000000000L, Sample.GetLong("l"));
        Assert.Equal(-1L, Sample.GetLong("nope", -1L));
    }

    [Fact]
    public void GetDouble_NumberAndInteger_Read()
    {
        Assert.Equal(2.5, Sample.GetDouble("d"));
        Assert.Equal(42.0, Sample.GetDouble("i"));
        Assert.Equal(0.5, Sample.GetDouble("nope", 0.5));
    }

    [Fact]
    public void GetBoolean_Values_Read()
    {
        Assert.True(Sample.GetBoolean("b"));
        Assert.True(Sample.GetBoolean("nope", true));
        Assert.Throws<ConfigWrongTypeException>(() => Sample.GetBoolean("s"));
    }

    [Fact]
    public void GetStringList_MixedScalars_AsText() => Assert.Equal(["a", "1", "true"], Sample.GetStringList("list"));

    [Fact]
    public void GetStringList_Default_WhenMissing() => Assert.Equal(["x"], Sample.GetStringList("nope", ["x"]));

    [Fact]
    public void GetStringList_NumericallyIndexedObject_ReadInIndexOrder() => Assert.Equal(["a", "b", "c"], Sample.GetStringList("indexed"));

    [Fact]
    public void GetStringList_ObjectWithoutIndices_WrongType() => Assert.Throws<ConfigWrongTypeException>(() => Sample.GetStringList("o"));

    [Fact]
    public void GetIntList_Elements_Read() => Assert.Equal([1, 2, 3], Sample.GetIntList("ints"));

    [Fact]
    public void GetIntList_BadElement_WrongTypeNamesIndex()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetIntList("list"));
        Assert.Equal("list[0]", error.Path);
    }

    [Fact]
    public void GetConfigList_Objects_Read()
    {
        var configs = Sample.GetConfigList("objs");
        Assert.Equal([1, 2], configs.Select(c => c.GetInt("k")));
    }

    [Fact]
    public void GetConfig_Subtree_RelativePaths()
    {
        var sub = Sample.GetConfig("o");
        Assert.Equal(1, sub.GetInt("x"));
        Assert.Equal(2, sub.GetInt("\"y.z\""));
        Assert.Equal("{\"x\":1,\"y.z\":2}", sub.ToJson(indented: false));
        Assert.Equal(["x", "y.z"], sub.Keys);
    }

    [Fact]
    public void GetConfig_Missing_ThrowsOrDefault()
    {
        Assert.Throws<ConfigMissingException>(() => Sample.GetConfig("nope"));
        Assert.Same(Config.Empty, Sample.GetConfig("nope", Config.Empty));
    }

    [Fact]
    public void HasPath_Cases()
    {
        Assert.True(Sample.HasPath("o.x"));
        Assert.True(Sample.HasPath("o.\"y.z\""));
        Assert.False(Sample.HasPath("o.y"));
        Assert.False(Sample.HasPath("n"));
        Assert.False(Sample.HasPath("s.x"));
    }

    [Fact]
    public void Root_EnumeratesKeysInOrder()
    {
        Assert.Equal(["x", "y.z"], Sample.GetObject("o").Keys);
        Assert.Equal(2, Sample.GetObject("o").Count);
        Assert.False(Sample.IsEmpty);
        Assert.True(Config.Empty.IsEmpty);
        Assert.Equal("s", Sample.AsEnumerable().First().Key);
    }

    [Fact]
    public void GetValue_SubtreeJson_Rendered() => Assert.Equal("[{\"k\":1},{\"k\":2}]", Sample.GetValue("objs").ToJson(indented: false));

    [Fact]
    public void WithFallback_ReceiverWinsAndKeepsItsKeyOrder_ObjectsMerge()
    {
        var config = Hocon.Parse("a { x = 1 }\nb = 1").WithFallback(Hocon.Parse("a { x = 0, y = 2 }\nc = 3"));
        Assert.Equal("{\"a\":{\"x\":1,\"y\":2},\"b\":1,\"c\":3}", config.ToJson(indented: false));
    }

    [Fact]
    public void ToJson_Indented_TwoSpaces() =>
        Assert.Equal("{\n  \"a\": {\n    \"b\": [\n      1\n    ]\n  }\n}", Hocon.Parse("a.b = [1]").ToJson());

    [Fact]
    public void InvalidPathExpression_ConfigException() => Assert.Throws<ConfigException>(() => Sample.GetString("a..b"));

    [Fact]
    public void GetDouble_StringStartingWithDot_Converted() => Assert.Equal(0.33, Hocon.Parse("a = .33").GetDouble("a"));

    [Fact]
    public void GetString_Boolean_Text() => Assert.Equal("true", Sample.GetString("b"));

    [Fact]
    public void WithFallback_NonObjectBetweenObjects_HidesLaterFallbacks()
    {
        var first = Hocon.Parse("a { x = 1 }");
        var hiding = Hocon.Parse("a = 42");
        var last = Hocon.Parse("a { y = 2 }");
        Assert.Equal("{\"a\":{\"x\":1}}", first.WithFallback(hiding).WithFallback(last).ToJson(indented: false));
        Assert.Equal("{\"a\":{\"x\":1,\"y\":2}}", first.WithFallback(last).WithFallback(hiding).ToJson(indented: false));
    }

    [Fact]
    public void JoinPath_KeysNeedingQuotes_ReadBack()
    {
        var config = Hocon.Parse("deployment { \"/user/workers\" { router = round-robin-pool }, \"a.b\" = 1, \"\" = 2 }");
        Assert.Equal("deployment.\"/user/workers\".router", Config.JoinPath("deployment", "/user/workers", "router"));
        Assert.Equal("round-robin-pool", config.GetString(Config.JoinPath("deployment", "/user/workers", "router")));
        Assert.Equal(1, config.GetInt(Config.JoinPath("deployment", "a.b")));
        Assert.Equal(2, config.GetInt(Config.JoinPath("deployment", "")));
    }
}
