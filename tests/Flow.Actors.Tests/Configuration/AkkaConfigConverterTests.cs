using Flow.Actors.Configuration;
using Flow.Hocon;
using AkkaFactory = Akka.Configuration.ConfigurationFactory;

namespace Flow.Actors.Tests.Configuration;

/// <summary>
/// <see cref="AkkaConfigConverter"/> builds the tree Akka's own parser builds for the same text (where Akka's parser
/// reads it correctly), so Akka's readers see the same values; and <see cref="AkkaTreeComparison"/> notices differences.
/// </summary>
public sealed class AkkaConfigConverterTests
{
    [Theory]
    [InlineData("a = null\nb = [null]")]
    [InlineData("a = []\nb = {}\nc = [[], {}, [[]]]\nd = \"\"")]
    [InlineData("a = 1e3\nb = 0.25\nc = -12\nd = 9223372036854775807\ne = 1.0\nf = 42")]
    [InlineData("a = infinite\nb = 16MiB\nc = [1KiB, 10MB, 1G, 512]\nd = [1.5s, 100 ms, 2 minutes, 3d]")]
    [InlineData("\"a.b\" = 1\nc { \"d.e\" { f = 2 } }\n\"g h\" = 3\n\"\" = 4")]
    [InlineData("a = \"tab\\there, newline\\nthere, unicode \\u00e9, colon: brace { quote \\\" backslash \\\\\"\nb = \"#not a comment\"\nc = \"akka.tcp://flow@127.0.0.1:4053\"")]
    [InlineData("a = on\nb = off\nc = true\nd = false")]
    [InlineData("a = [{ x = 1 }, { y = [p, q] }]\nb = foo bar baz\nc = 10 s")]
    [InlineData("a { b = 1 }\na { c = 2 }\nd = ${a.b}\ne = ${a}")]
    public void ToAkka_SameValuesAsAkkasParserReads(string text)
    {
        var flow = Config.ParseString(text);
        Assert.Equal([], AkkaTreeComparison.Compare(flow, FlowConfig.ToAkka(flow)));
        Assert.Equal([], AkkaTreeComparison.Compare(flow, AkkaFactory.ParseString(text)));
    }

    [Fact]
    public void Compare_DifferentTrees_NamesEachDifference()
    {
        var flow = Config.ParseString("a = 1\nb = [x]\nc { d = 5s }\ne = {}");
        var akka = AkkaFactory.ParseString("a = 2\nb = [x, y]\nc { d = 6s }\ne = 1\nf = 3");
        Assert.Equal(
            [
                "a: as a string, Flow reads '1', Akka '2'",
                "a: as a double, Flow reads '1', Akka '2'",
                "a: as a long, Flow reads '1', Akka '2'",
                "a: as a int, Flow reads '1', Akka '2'",
                "b: a list of 1 in Flow, Akka has [x,y]",
                "c.d: as a string, Flow reads '5s', Akka '6s'",
                "c.d: as a duration, Flow reads '00:00:05', Akka '00:00:06'",
                "e: an object in Flow, not in Akka (1)",
                ".f: only in Akka (Akka: 3)",
            ],
            AkkaTreeComparison.Compare(flow, akka));
    }
}
