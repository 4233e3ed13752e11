using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class LiteralTests
{
    [Fact]
    public void Number_Integer_IsInt64()
    {
        var value = Assert.IsType<ConfigNumber>(Hocon.Parse("a = 9223372036854775807").GetValue("a"));
        Assert.True(value.IsInteger);
        Assert.Equal(long.MaxValue, value.ToInt64());
    }

    [Fact]
    public void Number_BeyondInt64_IsDouble()
    {
        var value = Assert.IsType<ConfigNumber>(Hocon.Parse("a = 9223372036854775808").GetValue("a"));
        Assert.False(value.IsInteger);
        Assert.Equal(9223372036854775808d, value.ToDouble());
    }

    [Theory]
    [InlineData("-12", "-12")]
    [InlineData("1.50", "1.50")]
    [InlineData("1e10", "1e10")]
    [InlineData("1E+5", "1E+5")]
    [InlineData("2.5e-3", "2.5e-3")]
    [InlineData("0", "0")]
    public void Number_Rendered_AsWritten(string written, string json) =>
        Assert.Equal($"{{\"a\":{json}}}", Hocon.Json($"a = {written}"));

    [Fact]
    public void Number_LeadingZero_RenderedAsValidJson() => Assert.Equal("{\"a\":7}", Hocon.Json("a = 007"));

    [Theory]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("-98765432109876543210", "-98765432109876543210")]
    [InlineData("1e400", "1e400")]
    [InlineData("-1e400", "-1e400")]
    [InlineData("-007.5", "-7.5")]
    public void Number_BeyondInt64OrDouble_IsNumberRenderedAsWritten(string written, string json)
    {
        Assert.IsType<ConfigNumber>(Hocon.Parse($"a = {written}").GetValue("a"));
        Assert.Equal($"{{\"a\":{json}}}", Hocon.Json($"a = {written}"));
    }

    [Fact]
    public void Number_BeyondDouble_ReadAsInfinityButNotAsDuration()
    {
        var config = Hocon.Parse("a = 1e400\nb = 1e300");
        Assert.Equal(double.PositiveInfinity, config.GetDouble("a"));
        Assert.Throws<ConfigWrongTypeException>(() => config.GetTimeSpan("a"));
        Assert.Throws<ConfigWrongTypeException>(() => config.GetTimeSpan("b"));
        Assert.Throws<ConfigWrongTypeException>(() => config.GetLong("a"));
    }

    [Fact]
    public void Number_Exponent_ReadAsDouble() => Assert.Equal(0.0025, Hocon.Parse("a = 2.5e-3").GetDouble("a"));

    [Theory]
    [InlineData("1.", "1.")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("-", "-")]
    [InlineData(".5", ".5")]
    public void Number_Malformed_IsString(string written, string expected) =>
        Assert.Equal($"{{\"a\":\"{expected}\"}}", Hocon.Json($"a = {written}"));

    [Fact]
    public void Boolean_TrueFalse_AreBooleans() => Assert.Equal("{\"a\":true,\"b\":false}", Hocon.Json("a = true\nb = false"));

    [Fact]
    public void Boolean_YesNoOnOff_AreStringsUntilReadAsBoolean()
    {
        var config = Hocon.Parse("a = yes\nb = off\nc = on\nd = no");
        Assert.Equal("{\"a\":\"yes\",\"b\":\"off\",\"c\":\"on\",\"d\":\"no\"}", config.ToJson(indented: false));
        Assert.True(config.GetBoolean("a"));
        Assert.False(config.GetBoolean("b"));
        Assert.True(config.GetBoolean("c"));
        Assert.False(config.GetBoolean("d"));
    }

    [Fact]
    public void Null_Literal_IsNullAndAbsentForHasPath()
    {
        var config = Hocon.Parse("a = null");
        Assert.Equal("{\"a\":null}", config.ToJson(indented: false));
        Assert.False(config.HasPath("a"));
        Assert.IsType<ConfigNull>(config.GetValue("a"));
    }

    [Fact]
    public void Literal_QuotedTrue_IsString() => Assert.Equal("{\"a\":\"true\",\"b\":\"1\"}", Hocon.Json("a = \"true\"\nb = \"1\""));

    [Fact]
    public void Literal_PrefixOfKeyword_IsString() => Assert.Equal("{\"a\":\"truex\",\"b\":\"nullable\"}", Hocon.Json("a = truex\nb = nullable"));
}
