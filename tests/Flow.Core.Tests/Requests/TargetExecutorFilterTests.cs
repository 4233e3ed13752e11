using Flow.Core.Requests;

namespace Flow.Core.Tests.Requests;

public sealed class TargetExecutorFilterTests
{
    [Theory]
    [InlineData("indexer", "indexer", true)]
    [InlineData("indexer", "indexer2", true)]
    [InlineData("indexer", "my_indexer", false)]
    [InlineData("idx|enc", "encoder", true)]
    [InlineData(".*coder", "encoder", true)]
    [InlineData("p[12]$", "p2", true)]
    [InlineData("p[12]$", "p3", false)]
    public void Matches_PythonReMatchSemantics(string pattern, string name, bool expected)
    {
        Assert.True(TargetExecutorFilter.TryCreate(pattern, out var filter, out _));
        Assert.Equal(expected, filter!.Matches(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryCreate_NoPattern_NoFilter(string? pattern)
    {
        Assert.True(TargetExecutorFilter.TryCreate(pattern, out var filter, out var error));
        Assert.Null(filter);
        Assert.Null(error);
    }

    [Fact]
    public void TryCreate_InvalidRegex_ErrorNamesPattern()
    {
        Assert.False(TargetExecutorFilter.TryCreate("(", out var filter, out var error));
        Assert.Null(filter);
        Assert.StartsWith("target_executor '(' is not a valid regex:", error);
    }
}
