using Flow.Samples.TextSearch.Text;

namespace Flow.Samples.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_MemberTextAndSummary_SplitsCamelCaseDropsStopWordsStemsPlurals()
    {
        var terms = Tokenizer.Tokenize("File.ReadAllLines: Opens a text file, reads all lines of the file.");

        Assert.Equal(["file", "read", "all", "line", "open", "text", "file", "read", "all", "line", "file"], terms);
    }

    [Theory]
    [InlineData("XMLReader", new[] { "xml", "reader" })]
    [InlineData("IPAddress.TryParse", new[] { "ip", "address", "try", "parse" })]
    [InlineData("UTF8Encoding", new[] { "utf8", "encoding" })]
    [InlineData("Int32 ToString()", new[] { "int32", "string" })]
    [InlineData("#ctor a T x_y", new[] { "ctor" })]
    [InlineData("", new string[0])]
    public void Tokenize_Identifiers_SplitsAtCaseBoundaries(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("lines", "line")]
    [InlineData("entries", "entry")]
    [InlineData("reads", "read")]
    [InlineData("class", "class")]
    [InlineData("status", "status")]
    [InlineData("uses", "use")]
    [InlineData("bus", "bus")]
    public void Stem_Plurals_FoldOntoStem(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));
}
