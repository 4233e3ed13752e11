using FsCheck;
using FsCheck.Fluent;
using Flow.Hocon;
using Config = Flow.Hocon.Config;

namespace Flow.Hocon.Tests;

public sealed class RoundTripPropertyTests
{
    private static readonly ConfigOrigin Origin = ConfigOrigin.None;

    [Fact]
    public void RenderThenParse_ArbitraryTree_SameTree()
    {
        Prop.ForAll(TreeGen().ToArbitrary(), tree =>
        {
            var rendered = tree.ToJson(indented: false);
            var indented = Config.ParseString(tree.ToJson(indented: true)).ToJson(indented: false);
            var compact = Config.ParseString(rendered).ToJson(indented: false);
            return compact == rendered && indented == rendered;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RenderThenParse_AwkwardStrings_Kept()
    {
        var obj = new ConfigObject(Origin, mutable: false);
        obj.Set("a.b", new ConfigString("x\"y\\z\n\t\u0001 ${p} # // é", Origin));
        obj.Set("", new ConfigString("", Origin));
        obj.Set("include", new ConfigString("true", Origin));
        var rendered = obj.ToJson(indented: false);
        Assert.Equal(rendered, Config.ParseString(rendered).ToJson(indented: false));
    }

    private static Gen<ConfigObject> TreeGen() => Gen.Sized(size => ObjectGen(Math.Min(size, 6)));

    private static Gen<ConfigObject> ObjectGen(int depth) =>
        from count in Gen.Choose(0, depth == 0 ? 2 : 5)
        from keys in Gen.ListOf(StringGen(), count)
        from values in Gen.ListOf(ValueGen(depth), count)
        select BuildObject(keys, values);

    private static ConfigObject BuildObject(IEnumerable<string> keys, IEnumerable<ConfigValue> values)
    {
        var obj = new ConfigObject(Origin, mutable: false);
        foreach (var (key, value) in keys.Zip(values))
        {
            obj.Set(key, value);
        }

        return obj;
    }

    private static Gen<ConfigValue> ValueGen(int depth)
    {
        var scalar = Gen.OneOf(
            StringGen().Select(s => (ConfigValue)new ConfigString(s, Origin)),
            LongGen().Select(l => (ConfigValue)ConfigNumber.FromInt64(l, Origin)),
            LongGen().Select(BitConverter.Int64BitsToDouble).Where(double.IsFinite).Select(d => (ConfigValue)ConfigNumber.FromDouble(d, Origin)),
            Gen.Elements(true, false).Select(b => (ConfigValue)new ConfigBoolean(b, Origin)),
            Gen.Constant((ConfigValue)new ConfigNull(Origin)));
        if (depth <= 0)
        {
            return scalar;
        }

        var list = from count in Gen.Choose(0, 4)
                   from items in Gen.ListOf(ValueGen(depth - 1), count)
                   select (ConfigValue)new ConfigList(items, Origin);
        var obj = ObjectGen(depth - 1).Select(o => (ConfigValue)o);
        return Gen.OneOf(scalar, scalar, list, obj);
    }

    private static Gen<long> LongGen() =>
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from small in Gen.Choose(-1000, 1000)
        from pick in Gen.Choose(0, 1)
        select pick == 0 ? small : ((long)hi << 32) | (uint)lo;

    private static Gen<string> StringGen()
    {
        var chars = Gen.OneOf(
            Gen.Elements('a', 'b', 'z', '0', '9', '.', ' ', '"', '\\', '$', '{', '}', '#', '/', '\n', '\t', '\u0001', '=', ':'),
            Gen.Choose(0x20, 0x7E).Select(i => (char)i),
            Gen.Choose(0xA0, 0xD7FF).Select(i => (char)i));
        return from length in Gen.Choose(0, 8)
               from array in Gen.ArrayOf(chars, length)
               select new string(array);
    }
}
