using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class IncludeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Json(string mainText) => Config.ParseFile(_dir.Write("main.conf", mainText)).ToJson(indented: false);

    [Fact]
    public void Include_QuotedName_MergesFieldsAtThatPoint()
    {
        _dir.Write("other.conf", "b = 2\nc = 3");
        Assert.Equal("{\"a\":1,\"b\":2,\"c\":4}", Json("a = 1\ninclude \"other.conf\"\nc = 4"));
    }

    [Fact]
    public void Include_LaterIncludeOverridesEarlierKeys()
    {
        _dir.Write("other.conf", "a = 2");
        Assert.Equal("{\"a\":2}", Json("a = 1\ninclude \"other.conf\""));
    }

    [Fact]
    public void Include_FileForm_Loaded()
    {
        _dir.Write("other.conf", "b = 2");
        Assert.Equal("{\"b\":2}", Json("include file(\"other.conf\")"));
    }

    [Fact]
    public void Include_RelativeToIncludingFile()
    {
        _dir.Write("sub/one.conf", "include \"two.conf\"");
        _dir.Write("sub/two.conf", "x = deep");
        Assert.Equal("{\"x\":\"deep\"}", Json("include \"sub/one.conf\""));
    }

    [Fact]
    public void Include_WithoutExtension_TriesConfJsonProperties()
    {
        _dir.Write("other.conf", "a = conf");
        _dir.Write("other.json", "{ \"a\": \"json\", \"b\": \"json\" }");
        _dir.Write("other.properties", "a=props\nc.d=props");
        Assert.Equal("{\"a\":\"conf\",\"c\":{\"d\":\"props\"},\"b\":\"json\"}", Json("include \"other\""));
    }

    [Fact]
    public void Include_QuotedFileUrl_LoadedAsUrl()
    {
        var other = _dir.Write("other.conf", "b = 2");
        Assert.Equal("{\"b\":2,\"a\":1}", Json($"include \"{new Uri(other).AbsoluteUri}\"\na = 1"));
    }

    [Fact]
    public void Include_MissingOptional_Ignored() => Assert.Equal("{\"a\":1}", Json("include \"absent.conf\"\na = 1"));

    [Fact]
    public void Include_MissingRequired_ErrorWithLocation()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("a = 1\ninclude required(\"absent.conf\")"));
        Assert.Equal(2, error.Origin.Line);
        Assert.Equal(1, error.Origin.Column);
        Assert.Contains("expected the required include", error.Message);
        Assert.Contains("absent.conf", error.Message);
    }

    [Fact]
    public void Include_RequiredFileForm_Loaded()
    {
        _dir.Write("other.conf", "b = 2");
        Assert.Equal("{\"b\":2}", Json("include required(file(\"other.conf\"))"));
    }

    [Fact]
    public void Include_InsideObject_MountsUnderThatPath()
    {
        _dir.Write("other.conf", "b = 2");
        Assert.Equal("{\"a\":{\"x\":1,\"b\":2}}", Json("a { x = 1\ninclude \"other.conf\" }"));
    }

    [Fact]
    public void Include_NestedSubstitution_RelativeToMountThenRoot()
    {
        _dir.Write("other.conf", "b = ${x}\nc = ${top}");
        Assert.Equal("{\"top\":\"t\",\"a\":{\"x\":1,\"b\":1,\"c\":\"t\"}}", Json("top = t\na { x = 1\ninclude \"other.conf\" }"));
    }

    [Fact]
    public void Include_SubstitutionIntoIncludingFile_ResolvedAfterMerge()
    {
        _dir.Write("other.conf", "b = ${a}");
        Assert.Equal("{\"b\":5,\"a\":5}", Json("include \"other.conf\"\na = 5"));
    }

    [Fact]
    public void Include_ListThenPlusEqualsOverAnEarlierDefinition_AppendsToTheIncludedList()
    {
        _dir.Write("roles.conf", "roles = [a]\nroles += b");
        Assert.Equal("{\"roles\":[\"a\",\"b\"]}", Json("roles = [x]\ninclude \"roles.conf\""));
    }

    [Fact]
    public void Include_Cycle_Rejected()
    {
        _dir.Write("loop.conf", "include \"main.conf\"");
        var error = Assert.Throws<ConfigParseException>(() => Json("include \"loop.conf\""));
        Assert.Contains("expected includes without cycles", error.Message);
    }

    [Fact]
    public void Include_Url_RejectedClearly()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("include url(\"http://example.com/x.conf\")"));
        Assert.Contains("remote includes are not supported", error.Message);
    }

    [Fact]
    public void Include_FileUrl_Loaded()
    {
        var other = _dir.Write("other.conf", "u = 1");
        Assert.Equal("{\"u\":1}", Json($"include url(\"{new Uri(other).AbsoluteUri}\")"));
    }

    [Fact]
    public void Include_MissingClasspath_Ignored() => Assert.Equal("{}", Json("include classpath(\"nope.conf\")"));

    [Fact]
    public void Include_MalformedDirective_Rejected()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("include nope(\"x\")"));
        Assert.Equal(1, error.Origin.Line);
        Assert.StartsWith("expected include \"name\"", error.Detail);
    }

    [Fact]
    public void ParseFile_Missing_ErrorNamesFile()
    {
        var path = System.IO.Path.Combine(_dir.Path, "none.conf");
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseFile(path));
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void ParseFile_ErrorInIncludedFile_NamesThatFile()
    {
        var other = _dir.Write("bad.conf", "ok = 1\nbad = [");
        var error = Assert.Throws<ConfigParseException>(() => Json("include \"bad.conf\""));
        Assert.Equal(other + ":2:8: expected ']' to close the list opened at line 2, column 7, found end of input", error.Message);
    }

    [Fact]
    public void Include_NewlineBeforeName_Allowed()
    {
        _dir.Write("other.conf", "b = 2");
        Assert.Equal("{\"b\":2}", Json("include\n  \"other.conf\""));
    }

    [Fact]
    public void Include_UnquotedIncludeKeyFollowedBySeparator_Rejected()
    {
        var error = Assert.Throws<ConfigParseException>(() => Json("include = 5"));
        Assert.StartsWith("expected include \"name\"", error.Detail);
    }

    [Fact]
    public void Include_IncludeLaterInKey_IsOrdinaryKey() => Assert.Equal("{\"foo include\":42,\"v\":\"include\"}", Json("foo include : 42\nv = include"));

    [Fact]
    public void Include_Properties_ObjectWinsOverString()
    {
        _dir.Write("p.properties", "a=hello\na.b=world\nc.d=1\nc=x");
        Assert.Equal("{\"a\":{\"b\":\"world\"},\"c\":{\"d\":\"1\"}}", Json("include \"p.properties\""));
    }

    [Fact]
    public void Include_JsonRootArray_Rejected()
    {
        _dir.Write("arr.json", "[1, 2]");
        Assert.Throws<ConfigParseException>(() => Json("include \"arr.json\""));
    }
}
