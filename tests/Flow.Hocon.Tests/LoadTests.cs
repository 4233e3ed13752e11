using Flow.Hocon;

namespace Flow.Hocon.Tests;

/// <summary><see cref="Config.Load(IEnumerable{ConfigSource}, ConfigLoadOptions?)"/>: layers merged unresolved, resolved once.</summary>
public sealed class LoadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ConfigLoadOptions Env(params (string Name, string Value)[] variables) => new()
    {
        Environment = name => variables.FirstOrDefault(v => v.Name == name).Value,
    };

    private static string Json(ConfigLoadOptions options, params string[] layersHighestFirst) => Config
        .Load(layersHighestFirst.Select((text, i) => ConfigSource.FromString(text, $"layer{i}.conf")), options)
        .ToJson(indented: false);

    private static string Json(params string[] layersHighestFirst) => Json(Env(), layersHighestFirst);

    [Fact]
    public void Load_SubstitutionInLowerLayer_SeesTheHigherLayersValue() =>
        Assert.Equal("{\"port\":5000,\"address\":\"host:5000\"}", Json("port = 5000", "port = 4053\naddress = \"host:\"${port}"));

    [Fact]
    public void ParseString_OverResolvedFallback_FallbackResolvedWithoutTheText()
    {
        // The contrast: a fallback resolved on its own has already fixed its substitutions.
        var reference = Config.ParseString("port = 4053\naddress = \"host:\"${port}");
        Assert.Equal("{\"port\":5000,\"address\":\"host:4053\"}", Config.ParseString("port = 5000", null, reference).ToJson(indented: false));
    }

    [Fact]
    public void Load_PlusEqualsAcrossLayers_AppendsToTheLowerLayersList() =>
        Assert.Equal("{\"roles\":[\"host\",\"index\",\"gpu\"]}", Json("roles += gpu", "roles += index", "roles = [host]"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_ListThenPlusEqualsOverALowerDefinition_AppendsToTheHigherList(bool lowerResolved)
    {
        // host.conf's roles = [host], roles += ${?FLOW_ROLES} over Akka's roles = []: the += extends [host], not [].
        var lower = lowerResolved ? ConfigSource.FromConfig(Config.ParseString("a.roles = []")) : ConfigSource.FromString("a.roles = []");
        var config = Config.Load([ConfigSource.FromString("a { roles = [host]\nroles += ${?FLOW_ROLES} }"), lower], Env(("FLOW_ROLES", "index")));
        Assert.Equal("{\"a\":{\"roles\":[\"host\",\"index\"]}}", config.ToJson(indented: false));
    }

    [Fact]
    public void Load_PlusEqualsOptionalEnvironment_AppendsOnlyWhenSet()
    {
        const string Node = "roles = [host]\nroles += ${?FLOW_ROLES}";
        Assert.Equal("{\"roles\":[\"seed\",\"host\",\"index\"]}", Json(Env(("FLOW_ROLES", "index")), "roles = [seed] ${roles}", Node));
        Assert.Equal("{\"roles\":[\"host\"]}", Json(Env(), Node));
    }

    [Fact]
    public void Load_SelfReferenceAcrossLayers_ExtendsTheValueBeneath() =>
        Assert.Equal("{\"path\":\"a:b:c\"}", Json("path = ${path}\":c\"", "path = ${path}\":b\"", "path = a"));

    [Fact]
    public void Load_OptionalEnvironmentOverrideInLowerLayer_HigherLayerStillWins()
    {
        const string Reference = "host = default\nhost = ${?FLOW_HOSTNAME}";
        Assert.Equal("{\"host\":\"node\"}", Json(Env(("FLOW_HOSTNAME", "from-env")), "host = node", Reference));
        Assert.Equal("{\"port\":1,\"host\":\"from-env\"}", Json(Env(("FLOW_HOSTNAME", "from-env")), "port = 1", Reference));
        Assert.Equal("{\"port\":1,\"host\":\"default\"}", Json(Env(), "port = 1", Reference));
    }

    [Fact]
    public void Load_RequiredSubstitution_FallsBackOnTheInjectedEnvironmentOnly()
    {
        Assert.Equal("{\"home\":\"/injected\"}", Json(Env(("FLOW_TEST_HOME", "/injected")), "home = ${FLOW_TEST_HOME}"));
        var error = Assert.Throws<ConfigResolveException>(() => Json(Env(), "x = 1", "home = ${FLOW_TEST_HOME}"));
        Assert.Equal("layer1.conf:1:8: could not resolve substitution ${FLOW_TEST_HOME}: path 'FLOW_TEST_HOME' is not defined in the configuration nor as an environment variable", error.Message);
    }

    [Fact]
    public void Load_KeysInTheHighestLayersOrderThenTheLowerLayers() =>
        Assert.Equal("{\"z\":1,\"o\":{\"b\":2,\"a\":1},\"y\":0}", Json("z = 1\no.b = 2", "y = 0\no { a = 1, b = 0 }"));

    [Fact]
    public void Load_ScalarOverObject_HidesTheObjectBeneath() =>
        Assert.Equal("{\"a\":5,\"b\":null}", Json("a = 5\nb = null", "a { x = 1 }\nb { y = 2 }"));

    [Fact]
    public void Load_ObjectOverObject_MergesAndSubstitutesTheMergedObject() =>
        Assert.Equal("{\"a\":{\"y\":2,\"x\":1},\"copy\":{\"y\":2,\"x\":1}}", Json("a.y = 2", "a.x = 1\ncopy = ${a}"));

    [Fact]
    public void Load_ResolvedLayer_TakesPartAsItIs()
    {
        var resolved = Config.ParseString("x = 1\ny = ${x}");
        var config = Config.Load([ConfigSource.FromString("x = 2\nz = ${y}"), ConfigSource.FromConfig(resolved)], Env());
        Assert.Equal("{\"x\":2,\"z\":1,\"y\":1}", config.ToJson(indented: false));
    }

    [Fact]
    public void Load_FileLayersWithIncludes_ResolvedTogether()
    {
        _dir.Write("conf/base.conf", "port = 1\nname = \"n-\"${port}");
        _dir.Write("conf/local.conf", "port = 3");
        _dir.Write("conf/extra.conf", "roles += extra");
        var node = _dir.Write("conf/node.conf", "include required(file(\"" + Path.Combine(_dir.Path, "conf", "extra.conf").Replace("\\", "\\\\", StringComparison.Ordinal) + "\"))\ninclude \"local.conf\"\ninclude \"absent.conf\"");
        var reference = _dir.Write("reference.conf", "include required(\"conf/base.conf\")\nroles = [base]");
        var config = Config.Load([ConfigSource.FromFile(node), ConfigSource.FromFile(reference)], Env());
        Assert.Equal("{\"roles\":[\"base\",\"extra\"],\"port\":3,\"name\":\"n-3\"}", config.ToJson(indented: false));
    }

    [Fact]
    public void Load_JsonAndPropertiesFiles_AreLayersToo()
    {
        var json = _dir.Write("a.json", "{ \"a\": 1, \"o\": { \"x\": \"json\" } }");
        var properties = _dir.Write("b.properties", "o.x=props\no.y=props");
        Assert.Equal("{\"a\":1,\"o\":{\"x\":\"json\",\"y\":\"props\"}}", Config.Load(ConfigSource.FromFile(json), ConfigSource.FromFile(properties)).ToJson(indented: false));
    }

    [Fact]
    public void Load_FileSource_ReadAtEachLoad()
    {
        var path = _dir.Write("n.conf", "a = 1");
        var source = ConfigSource.FromFile(path);
        Assert.Equal(1, Config.Load(source).GetInt("a"));
        File.WriteAllText(path, "a = 2");
        Assert.Equal(2, Config.Load(source).GetInt("a"));
    }

    [Fact]
    public void Load_ParseErrorInAnyLayer_NamesItsFileLineAndColumn()
    {
        var bad = _dir.Write("bad.conf", "a = 1\nb = {");
        var error = Assert.Throws<ConfigParseException>(() => Config.Load(ConfigSource.FromString("x = 1"), ConfigSource.FromFile(bad)));
        Assert.Equal($"{bad}:2:6: expected '}}' to close the object opened at line 2, column 5, found end of input", error.Message);
    }

    [Fact]
    public void Load_NoLayers_IsEmpty() => Assert.True(Config.Load().IsEmpty);

    [Fact]
    public void Load_SourceDescriptions_NameTheirInputs()
    {
        Assert.Equal("<string>", ConfigSource.FromString("a = 1").Description);
        Assert.Equal("n.conf", ConfigSource.FromString("a = 1", "n.conf").Description);
        Assert.Equal("/x/y.conf", ConfigSource.FromFile("/x/y.conf").ToString());
        Assert.Equal("classpath:reference.conf", ConfigSource.FromClasspath("reference.conf").Description);
        Assert.Equal("Flow.Hocon.Tests/r.conf", ConfigSource.FromResource(typeof(LoadTests).Assembly, "r.conf").Description);
    }
}
