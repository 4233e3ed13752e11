using System.Globalization;
using System.Text;
using System.Text.Json;
using Flow.Gateway.Http.Json;

namespace Flow.Gateway.Tests.Http;

public sealed class JinaTimestampTests
{
    public static TheoryData<long> Ticks() =>
    [
        DateTime.MinValue.Ticks,
        DateTime.MaxValue.Ticks,
        new DateTime(2026, 12, 4, 15, 30, 0, DateTimeKind.Utc).Ticks,
        new DateTime(2026, 12, 4, 15, 30, 0, DateTimeKind.Utc).Ticks + 1_234_567,
        new DateTime(1999, 1, 31, 23, 59, 59, DateTimeKind.Utc).Ticks + 9_999_999,
        new DateTime(2000, 2, 29, 0, 0, 1, DateTimeKind.Utc).Ticks + 10,
        new DateTime(987, 6, 5, 4, 3, 2, DateTimeKind.Utc).Ticks + 9,
    ];

    [Theory]
    [MemberData(nameof(Ticks))]
    public void Format_IsTheCustomFormatJinaReads(long ticks)
    {
        var utc = new DateTime(ticks, DateTimeKind.Utc);
        Span<byte> text = stackalloc byte[JinaTimestamp.Length];

        JinaTimestamp.Format(utc, text);

        Assert.Equal(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture), Encoding.UTF8.GetString(text));
    }

    [Fact]
    public void Write_ConvertsAnOffsetToUtc()
    {
        var time = new DateTimeOffset(2026, 12, 4, 17, 30, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            JinaTimestamp.Write(writer, "startTime", time);
            writer.WriteEndObject();
        }

        Assert.Equal("""{"startTime":"2026-12-04T15:30:00.123456Z"}""", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Format_ShortDestination_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JinaTimestamp.Format(DateTime.UtcNow, new byte[JinaTimestamp.Length - 1]));
}
