using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("a = [1,,2]", "test.conf:1:8: expected a list element or ']', found ','")]
    [InlineData("a { b = 1", "test.conf:1:10: expected '}' to close the object opened at line 1, column 3, found end of input")]
    [InlineData("a = [1, 2", "test.conf:1:10: expected ']' to close the list opened at line 1, column 5, found end of input")]
    [InlineData("a = b c = d", "test.conf:1:9: expected ',' or a newline after the value of 'a', found '='")]
    [InlineData("a", "test.conf:1:2: expected '=', ':', '+=' or '{' after the key 'a', found end of input")]
    [InlineData("a = ", "test.conf:1:5: expected a value for the key 'a', found end of input")]
    [InlineData("a = \n", "test.conf:2:1: expected a value for the key 'a', found end of input")]
    [InlineData("a = 1,,", "test.conf:1:7: expected a key (or '}' or end of input), found ','")]
    [InlineData("}", "test.conf:1:1: expected a key or end of input, found '}' without a matching '{'")]
    [InlineData("[1, 2]", "test.conf:1:1: expected an object at the root (a key or '{'), found '[': a configuration cannot be a list")]
    [InlineData("{ a = 1 } b = 2", "test.conf:1:11: expected end of input after the root object's closing '}', found 'b'")]
    [InlineData("a = 1 ]", "test.conf:1:7: expected ',' or a newline after the value of 'a', found ']'")]
    [InlineData("a = [1 2 }", "test.conf:1:10: expected ',', a newline or ']' after a list element, found '}'")]
    [InlineData("\"a\" \"b\" = 1\nc == 2", "test.conf:2:4: expected a value for the key 'c', found '='")]
    [InlineData("a = [1\n,,2]", "test.conf:2:2: expected a list element or ']', found ','")]
    [InlineData("a = 1\n,,\nb = 2", "test.conf:2:2: expected a key (or '}' or end of input), found ','")]
    [InlineData("a = [${}]", "test.conf:1:6: expected a path expression in the substitution ${}: expected a key or path expression, found nothing")]
    [InlineData("a = [${ ?foo}]", "test.conf:1:6: expected a path expression in the substitution ${ ?foo}: expected a value or key, found reserved character '?' (quote strings that contain it)")]
    [InlineData("a = ${ # c }", "test.conf:1:5: expected '}' to close the substitution '${', found the start of a comment (quote keys that contain '#' or '//')")]
    [InlineData("a = [$]", "test.conf:1:6: expected '${' to start a substitution, found '$' (quote strings that contain '$')")]
    [InlineData("{ include \"x\" : 10 }", "test.conf:1:15: expected ',' or a newline after include \"x\", found ':'")]
    [InlineData("{ { a : 1 } : 2 }", "test.conf:1:3: expected a key (or '}' or end of input), found '{'")]
    [InlineData("{}{}", "test.conf:1:3: expected end of input after the root object's closing '}', found '{'")]
    public void Parse_InvalidInput_LocationAndExpectation(string text, string message)
    {
        var error = Hocon.Fails<ConfigParseException>(text);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_Error_ExposesOrigin()
    {
        var error = Hocon.Fails<ConfigParseException>("a = 1\n  b = [");
        Assert.Equal(new ConfigOrigin("test.conf", 2, 8), error.Origin);
    }

    [Fact]
    public void ParseString_NoOriginName_UsesStringMarker()
    {
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseString("a = ["));
        Assert.StartsWith("<string>:1:6:", error.Message);
    }

    [Fact]
    public void Parse_ErrorAnywhere_NoPartialResult()
    {
        Config? result = null;
        Assert.Throws<ConfigParseException>(() => result = Config.ParseString("a = 1\nb = 2\nc = ["));
        Assert.Null(result);
    }

    [Fact]
    public void Parse_VeryDeepNesting_RejectedNotCrashed()
    {
        var text = "a = " + new string('[', 5000) + new string(']', 5000);
        var error = Hocon.Fails<ConfigParseException>(text);
        Assert.Contains("nested at most 512 deep", error.Message);
    }

    [Fact]
    public void Parse_DeepButAllowedNesting_Parsed()
    {
        var text = "a = " + new string('[', 100) + new string(']', 100);
        Assert.StartsWith("{\"a\":[[[", Hocon.Json(text));
    }
}
