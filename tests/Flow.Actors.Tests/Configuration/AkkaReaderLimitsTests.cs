using Flow.Actors.Configuration;
using Flow.Hocon;

namespace Flow.Actors.Tests.Configuration;

/// <summary>
/// Where Akka's typed readers read a value of the very tree Flow hands them differently from Flow's readers. None of
/// these is a difference of the tree (Akka's own parser builds the same nodes for the same text); they are how Akka
/// 1.5.75 reads them, pinned so that Flow's documentation stays true and an Akka upgrade that changes them is noticed.
/// </summary>
public sealed class AkkaReaderLimitsTests
{
    private static (Config Flow, Akka.Configuration.Config Akka) Load(string text)
    {
        var flow = Config.ParseString(text);
        return (flow, FlowConfig.ToAkka(flow));
    }

    [Fact]
    public void String_LeadingAndTrailingWhitespace_AkkaTrimsIt()
    {
        var (flow, akka) = Load("a = \"  padded  \"");
        Assert.Equal("  padded  ", flow.GetString("a"));
        Assert.Equal("padded", akka.GetString("a"));
    }

    [Fact]
    public void String_QuotedNull_AkkaReadsNull()
    {
        var (flow, akka) = Load("a = \"null\"");
        Assert.Equal("null", flow.GetString("a"));
        Assert.Null(akka.GetString("a"));
    }

    [Fact]
    public void Null_FlowHasNoPath_AkkaHasThePathWithANullString()
    {
        var (flow, akka) = Load("a = null");
        Assert.False(flow.HasPath("a"));
        Assert.True(akka.HasPath("a"));
        Assert.Null(akka.GetString("a"));
    }

    [Theory]
    [InlineData("1.0", 1)]
    [InlineData("1e3", 1000)]
    public void Integer_WrittenWithFractionOrExponent_AkkaRefusesToReadAnInt(string written, int value)
    {
        var (flow, akka) = Load("a = " + written);
        Assert.Equal(value, flow.GetInt("a"));
        Assert.Equal(value, akka.GetDouble("a"));
        Assert.Throws<FormatException>(() => akka.GetInt("a"));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void Boolean_YesNo_AkkaRefusesIt(string written, bool value)
    {
        var (flow, akka) = Load("a = " + written);
        Assert.Equal(value, flow.GetBoolean("a"));
        Assert.Equal($"Unknown boolean format: {written}", Assert.Throws<NotSupportedException>(() => akka.GetBoolean("a")).Message);
    }

    [Fact]
    public void ByteSize_UppercaseKB_AkkaRefusesIt()
    {
        var (flow, akka) = Load("a = 10KB");
        Assert.Equal(10_000, flow.GetByteSize("a"));
        Assert.Equal("KB is not a valid byte size suffix", Assert.Throws<FormatException>(() => akka.GetByteSize("a")).Message);
    }
}
