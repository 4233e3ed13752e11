using Flow.Hocon;

namespace Flow.Hocon.Tests;

/// <summary>
/// <c>include classpath(...)</c> over <see cref="ConfigClasspath"/>: this assembly embeds <c>Classpath/**/*.conf</c>
/// (manifest names <c>Flow.Hocon.Tests.Classpath.…</c>, and <c>logical/named.conf</c> by LogicalName).
/// </summary>
public sealed class ClasspathTests
{
    private static readonly ConfigClasspath ThisAssembly = ConfigClasspath.FromAssemblies(typeof(ClasspathTests).Assembly);

    private static string Json(string text, ConfigClasspath classpath) =>
        Config.Load([ConfigSource.FromString(text, "main.conf")], new ConfigLoadOptions { Classpath = classpath }).ToJson(indented: false);

    private static ConfigClasspath Resources(params (string Name, string Origin, string Text)[] resources) => new(name =>
        resources.Where(r => r.Name == name).Select(r => new ConfigResource(r.Origin, r.Text)).ToList());

    [Fact]
    public void Classpath_AssemblyResourceByPath_ReadWithItsRelativeAndAbsoluteIncludes() => Assert.Equal(
        "{\"sibling\":\"beside-base\",\"root\":\"at-the-root\",\"base\":\"from-base\"}",
        Json("include classpath(\"Classpath/app/base.conf\")", ThisAssembly));

    [Fact]
    public void Classpath_LeadingSlash_IsTheSameName() => Assert.Equal(
        "{\"root\":\"at-the-root\"}",
        Json("include classpath(\"/Classpath/root.conf\")", ThisAssembly));

    [Fact]
    public void Classpath_ResourceWithLogicalName_FoundByThatName() =>
        Assert.Equal("{\"named\":\"by-logical-name\"}", Json("include required(classpath(\"logical/named.conf\"))", ThisAssembly));

    [Fact]
    public void Classpath_Default_SearchesTheLoadedAssemblies() =>
        Assert.Equal("{\"root\":\"at-the-root\"}", Config.ParseString("include classpath(\"Classpath/root.conf\")").ToJson(indented: false));

    [Fact]
    public void Classpath_None_FindsNothing() => Assert.Equal("{}", Json("include classpath(\"Classpath/root.conf\")", ConfigClasspath.None));

    [Fact]
    public void Classpath_SeveralResourcesOfOneName_MergeFirstWinning()
    {
        var classpath = Resources(
            ("reference.conf", "one/reference.conf", "a = 1\no { x = 1 }"),
            ("reference.conf", "two/reference.conf", "a = 2\nb = 2\no { x = 2, y = 2 }"));
        Assert.Equal("{\"a\":1,\"b\":2,\"o\":{\"x\":1,\"y\":2}}", Json("include classpath(\"reference.conf\")", classpath));
    }

    [Fact]
    public void Classpath_NameWithoutExtension_MergesConfJsonPropertiesConfWinning()
    {
        var classpath = Resources(
            ("app.conf", "app.conf", "a = conf"),
            ("app.json", "app.json", "{ \"a\": \"json\", \"b\": \"json\" }"),
            ("app.properties", "app.properties", "a=props\nc=props"));
        Assert.Equal("{\"a\":\"conf\",\"c\":\"props\",\"b\":\"json\"}", Json("include classpath(\"app\")", classpath));
    }

    [Fact]
    public void Classpath_IncludeInsideObject_MountsThereWithPrefixedSubstitutions()
    {
        var classpath = Resources(("part.conf", "part.conf", "x = 1\ny = ${x}\nz = ${top}"));
        Assert.Equal("{\"top\":\"t\",\"a\":{\"x\":1,\"y\":1,\"z\":\"t\"}}", Json("top = t\na { include classpath(\"part.conf\") }", classpath));
    }

    [Fact]
    public void Classpath_RequiredMissing_ErrorNamesTheResource()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("a = 1\ninclude required(classpath(\"absent.conf\"))", ThisAssembly));
        Assert.Equal("main.conf:2:1: expected the required class-path resource 'absent.conf' to be embedded in an assembly of the class path, found none", error.Message);
    }

    [Fact]
    public void Classpath_MissingOptional_Ignored() => Assert.Equal("{\"a\":1}", Json("a = 1\ninclude classpath(\"absent\")", ThisAssembly));

    [Fact]
    public void Classpath_Cycle_Rejected()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("include classpath(\"Classpath/cycle.conf\")", ThisAssembly));
        Assert.Equal(
            "Flow.Hocon.Tests/Flow.Hocon.Tests.Classpath.cycle.conf:1:1: expected includes without cycles (at most 50 deep), found main.conf -> Flow.Hocon.Tests/Flow.Hocon.Tests.Classpath.cycle.conf -> Flow.Hocon.Tests/Flow.Hocon.Tests.Classpath.cycle.conf",
            error.Message);
    }

    [Fact]
    public void Classpath_ErrorInResource_NamesAssemblyAndResource()
    {
        var classpath = Resources(("bad.conf", "Lib/Lib.bad.conf", "a = 1\nb = ["));
        var error = Assert.Throws<ConfigParseException>(() => Json("include classpath(\"bad.conf\")", classpath));
        Assert.Equal("Lib/Lib.bad.conf:2:6: expected ']' to close the list opened at line 2, column 5, found end of input", error.Message);
    }

    [Fact]
    public void FromClasspath_Layer_ReadsEveryResourceOfTheName()
    {
        var classpath = Resources(("reference.conf", "one", "a = 1"), ("reference.conf", "two", "a = 2\nb = 2"));
        var config = Config.Load([ConfigSource.FromClasspath("reference.conf")], new ConfigLoadOptions { Classpath = classpath });
        Assert.Equal("{\"a\":1,\"b\":2}", config.ToJson(indented: false));
    }

    [Fact]
    public void FromClasspath_NoSuchResource_FailsTheLoad()
    {
        var error = Assert.Throws<ConfigParseException>(() => Config.Load([ConfigSource.FromClasspath("absent.conf")], new ConfigLoadOptions { Classpath = ConfigClasspath.None }));
        Assert.Equal("classpath:absent.conf: expected the required class-path resource 'absent.conf' to be embedded in an assembly of the class path, found none", error.Message);
    }

    [Fact]
    public void FromResource_ReadsOneManifestResource_BareIncludesFromTheClasspathRoot() => Assert.Equal(
        // A manifest name says nothing of folders: "sibling.conf" is looked up at the root, where there is none.
        "{\"root\":\"at-the-root\",\"base\":\"from-base\"}",
        Config.Load([ConfigSource.FromResource(typeof(ClasspathTests).Assembly, "Flow.Hocon.Tests.Classpath.app.base.conf")], new ConfigLoadOptions { Classpath = ThisAssembly }).ToJson(indented: false));

    [Fact]
    public void FromResource_Missing_FailsTheLoadNamingIt()
    {
        var assembly = typeof(ClasspathTests).Assembly;
        var error = Assert.Throws<ConfigParseException>(() => Config.Load(ConfigSource.FromResource(assembly, "Nope.conf")));
        Assert.Equal($"Flow.Hocon.Tests/Nope.conf: expected the embedded resource 'Nope.conf' in Flow.Hocon.Tests {assembly.GetName().Version}, found none", error.Message);
    }
}
