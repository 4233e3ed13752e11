using Flow.Samples.TextSearch.Corpus;

namespace Flow.Samples.Tests.Corpus;

public sealed class MemberDocReaderTests
{
    [Fact]
    public void Read_SummaryWithReferences_RendersThemAsWords()
    {
        const string Xml = """
            <member name="M:System.IO.File.ReadAllLines(System.String)">
              <summary>Opens a <see cref="T:System.IO.File" />,
                reads all lines of <paramref name="path" /> (or <see langword="null" />).
                <para>See <see href="https://example.org">the guide</see>.</para></summary>
              <param name="path">The file to open for reading.</param>
            </member>
            """;

        var doc = MemberDocReader.Read(Xml);

        Assert.Equal("M:System.IO.File.ReadAllLines(System.String)", doc.Id);
        Assert.Equal("System.IO.File.ReadAllLines", doc.Name);
        Assert.Equal("Opens a File, reads all lines of path (or null). See the guide.", doc.Summary);
        Assert.Equal("System.IO.File.ReadAllLines File.ReadAllLines: Opens a File, reads all lines of path (or null). See the guide.", doc.IndexText);
    }

    [Fact]
    public void Read_NoSummary_GivesEmptySummaryAndNameOnlyText()
    {
        var doc = MemberDocReader.Read("""<member name="F:System.Int32.MaxValue"><value>x</value></member>""");

        Assert.Equal(string.Empty, doc.Summary);
        Assert.Equal("System.Int32.MaxValue Int32.MaxValue", doc.IndexText);
    }
}
