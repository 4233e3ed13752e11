using FsCheck;
using FsCheck.Fluent;
using Config = Flow.Hocon.Config;
using ConfigException = Flow.Hocon.ConfigException;

namespace Flow.Hocon.Tests;

public sealed class RobustnessPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", "a.b", "b.c", "\"q.r\"", " ", " ", "\n", "\n", "=", "=", ":", "+=", ",", "{", "}", "[", "]",
        "${a}", "${?b}", "${a.b}", "${?c.d}", "1", "2.5", "true", "null", "\"s\"", "\"\"\"t\"\"\"", "# c\n", "// c\n",
        "include \"absent-5e1\"", "x y",
    ];

    [Fact]
    public void Parse_ArbitraryTokenSoup_ReturnsOrThrowsConfigException()
    {
        var soup = from count in Gen.Choose(0, 40)
                   from parts in Gen.ArrayOf(Gen.Elements(Pieces), count)
                   select string.Concat(parts);
        Prop.ForAll(soup.ToArbitrary(), text =>
        {
            try
            {
                var config = Config.ParseString(text);
                _ = config.ToJson();
                return Config.ParseString(config.ToJson()).ToJson() == config.ToJson();
            }
            catch (ConfigException)
            {
                return true;
            }
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    private static readonly string[] Keys = ["a", "b", "a.b", "b.c", "c", "\"q.r\"", "a.b.c"];

    private static readonly string[] Separators = [" = ", " : ", " += ", " "];

    private static readonly string[] Values =
    [
        "1", "x", "[1]", "{ d = 1 }", "${a}", "${?b}", "${a.b}", "${?c}", "${b.c}", "null", "[${?a}]", "{ e = ${?a} }",
        "${a} ${b}", "${?a}x", "[2] ${?b}", "{ f = 2 } ${?a}", "\"s\"",
    ];

    [Fact]
    public void Parse_ArbitraryFieldsWithSubstitutions_ReturnsOrThrowsConfigException()
    {
        var line = from key in Gen.Elements(Keys)
                   from separator in Gen.Elements(Separators)
                   from value in Gen.Elements(Values)
                   select separator == " " ? key + " " + (value.StartsWith('{') ? value : "{ g = " + value + " }") + "\n" : key + separator + value + "\n";
        var document = from count in Gen.Choose(1, 8)
                       from lines in Gen.ArrayOf(line, count)
                       select string.Concat(lines);
        Prop.ForAll(document.ToArbitrary(), text =>
        {
            try
            {
                var config = Config.ParseString(text);
                return Config.ParseString(config.ToJson()).ToJson() == config.ToJson();
            }
            catch (ConfigException)
            {
                return true;
            }
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
