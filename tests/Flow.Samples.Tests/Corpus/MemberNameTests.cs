using Flow.Samples.TextSearch.Corpus;

namespace Flow.Samples.Tests.Corpus;

public sealed class MemberNameTests
{
    [Theory]
    [InlineData("M:System.IO.File.ReadAllLines(System.String)", "System.IO.File.ReadAllLines")]
    [InlineData("M:System.IO.File.ReadAllLines(System.String,System.Text.Encoding)", "System.IO.File.ReadAllLines")]
    [InlineData("T:System.Collections.Generic.List`1", "System.Collections.Generic.List")]
    [InlineData("M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})", "System.Linq.Enumerable.Select")]
    [InlineData("M:System.Decimal.op_Explicit(System.Decimal)~System.Int32", "System.Decimal.op_Explicit")]
    [InlineData("P:System.String.Length", "System.String.Length")]
    [InlineData("System.String", "System.String")]
    public void FromId_DocumentationId_GivesFullName(string id, string name) => Assert.Equal(name, MemberName.FromId(id));

    [Theory]
    [InlineData("System.IO.File.ReadAllLines", "File.ReadAllLines")]
    [InlineData("System.String", "System.String")]
    [InlineData("String", "String")]
    public void Short_FullName_KeepsLastTwoSegments(string name, string expected) => Assert.Equal(expected, MemberName.Short(name));
}
