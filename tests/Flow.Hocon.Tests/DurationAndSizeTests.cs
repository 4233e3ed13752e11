using Flow.Hocon;

namespace Flow.Hocon.Tests;

public sealed class DurationAndSizeTests
{
    private static TimeSpan Duration(string written, bool allowInfinite = false) =>
        Hocon.Parse($"d = {written}").GetTimeSpan("d", allowInfinite);

    private static long Size(string written) => Hocon.Parse($"s = {written}").GetByteSize("s");

    [Theory]
    [InlineData("500ms", 5_000_000L)]
    [InlineData("500 milliseconds", 5_000_000L)]
    [InlineData("10s", 100_000_000L)]
    [InlineData("10 seconds", 100_000_000L)]
    [InlineData("1 second", 10_000_000L)]
    [InlineData("2m", 1_200_000_000L)]
    [InlineData("2 minutes", 1_200_000_000L)]
    [InlineData("1h", 36_000_000_000L)]
    [InlineData("1d", 864_000_000_000L)]
    [InlineData("3 days", 2_592_000_000_000L)]
    [InlineData("100us", 1_000L)]
    [InlineData("100 micros", 1_000L)]
    [InlineData("300ns", 3L)]
    [InlineData("300 nanoseconds", 3L)]
    [InlineData("1.5s", 15_000_000L)]
    [InlineData("250", 2_500_000L)]
    [InlineData("\"250\"", 2_500_000L)]
    [InlineData("-1s", -10_000_000L)]
    public void GetTimeSpan_Units_Ticks(string written, long ticks) => Assert.Equal(TimeSpan.FromTicks(ticks), Duration(written));

    [Fact]
    public void GetTimeSpan_Infinite_WhenAllowed() => Assert.Equal(Timeout.InfiniteTimeSpan, Duration("infinite", allowInfinite: true));

    [Fact]
    public void GetTimeSpan_Infinite_RejectedByDefault()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Duration("infinite"));
        Assert.Equal("test.conf:1:5: configuration path 'd' has type string 'infinite'; expected a duration (e.g. 500ms, 10s, 2 minutes) ('infinite' is not allowed for this setting).", error.Message);
    }

    [Fact]
    public void GetTimeSpan_UnknownUnit_ReasonNamesUnit()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Duration("5 fortnights"));
        Assert.Contains("unknown duration unit 'fortnights'", error.Message);
    }

    [Fact]
    public void GetTimeSpan_Default_WhenMissing() =>
        Assert.Equal(TimeSpan.FromSeconds(3), Hocon.Parse("").GetTimeSpan("d", TimeSpan.FromSeconds(3)));

    [Fact]
    public void GetTimeSpan_Missing_NamesPathAndType()
    {
        var error = Assert.Throws<ConfigMissingException>(() => Hocon.Parse("").GetTimeSpan("a.b"));
        Assert.Equal("No configuration setting found for path 'a.b'; expected a duration (e.g. 500ms, 10s, 2 minutes).", error.Message);
    }

    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("10B", 10L)]
    [InlineData("10 bytes", 10L)]
    [InlineData("1K", 1024L)]
    [InlineData("1k", 1024L)]
    [InlineData("1KiB", 1024L)]
    [InlineData("1kB", 1000L)]
    [InlineData("1KB", 1000L)]
    [InlineData("2 kilobytes", 2000L)]
    [InlineData("2 kibibytes", 2048L)]
    [InlineData("1M", 1048576L)]
    [InlineData("1MiB", 1048576L)]
    [InlineData("1MB", 1000000L)]
    [InlineData("1G", 1073741824L)]
    [InlineData("1GB", 1000000000L)]
    [InlineData("1GiB", 1073741824L)]
    [InlineData("1TiB", 1099511627776L)]
    [InlineData("1.5K", 1536L)]
    [InlineData("7EiB", 8070450532247928832L)]
    public void GetByteSize_Units_Bytes(string written, long bytes) => Assert.Equal(bytes, Size(written));

    [Fact]
    public void GetByteSize_Overflow_WrongType()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Size("8EiB"));
        Assert.Contains("out of range of a 64-bit integer", error.Message);
    }

    [Fact]
    public void GetByteSize_Zettabytes_OutOfRange()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Size("1ZiB"));
        Assert.Contains("out of range of a 64-bit integer", error.Message);
    }

    [Fact]
    public void GetByteSize_UnknownUnit_WrongType() => Assert.Throws<ConfigWrongTypeException>(() => Size("3 parsecs"));

    [Fact]
    public void GetByteSize_Default_WhenMissing() => Assert.Equal(5L, Hocon.Parse("").GetByteSize("s", 5L));
}
