using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;

namespace Flow.Core.Wire;

/// <summary>
/// JSON-like values (System.Text.Json.Nodes) to and from google.protobuf.Struct, as Jina sends tags and
/// parameters. Struct numbers are doubles: an integral number within ±2^53 comes back as a long.
/// </summary>
internal static class JsonStructConverter
{
    private const double MaxSafeInteger = 9007199254740992d;

    public static Struct ToStruct(JsonObject obj)
    {
        var s = new Struct();
        foreach (var (key, value) in obj)
        {
            s.Fields.Add(key, ToValue(value));
        }

        return s;
    }

    public static JsonObject FromStruct(Struct s)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in s.Fields)
        {
            obj[key] = FromValue(value);
        }

        return obj;
    }

    public static Value ToValue(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return Value.ForNull();
            case JsonObject o:
                return Value.ForStruct(ToStruct(o));
            case JsonArray a:
                var list = new ListValue();
                foreach (var item in a)
                {
                    list.Values.Add(ToValue(item));
                }

                return new Value { ListValue = list };
            default:
                var v = node.AsValue();
                switch (v.GetValueKind())
                {
                    case JsonValueKind.String:
                        return Value.ForString(v.GetValue<string>());
                    case JsonValueKind.True:
                        return Value.ForBool(true);
                    case JsonValueKind.False:
                        return Value.ForBool(false);
                    case JsonValueKind.Number:
                        return Value.ForNumber(ToDouble(v));
                    case JsonValueKind.Null:
                        return Value.ForNull();
                    default:
                        throw new NotSupportedException($"JSON value kind {v.GetValueKind()} cannot be encoded.");
                }
        }
    }

    public static JsonNode? FromValue(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.NullValue or Value.KindOneofCase.None => null,
        Value.KindOneofCase.BoolValue => JsonValue.Create(value.BoolValue),
        Value.KindOneofCase.StringValue => JsonValue.Create(value.StringValue),
        Value.KindOneofCase.NumberValue => FromNumber(value.NumberValue),
        Value.KindOneofCase.StructValue => FromStruct(value.StructValue),
        Value.KindOneofCase.ListValue => FromList(value.ListValue),
        _ => throw new NotSupportedException($"Struct value kind {value.KindCase} is not supported."),
    };

    private static JsonArray FromList(ListValue list)
    {
        var array = new JsonArray();
        foreach (var item in list.Values)
        {
            array.Add(FromValue(item));
        }

        return array;
    }

    private static JsonValue FromNumber(double d) =>
        Math.Abs(d) <= MaxSafeInteger && Math.Floor(d) == d && !(d == 0 && double.IsNegative(d))
            ? JsonValue.Create((long)d)
            : JsonValue.Create(d);

    internal static double ToDouble(JsonValue v)
    {
        if (v.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (v.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (v.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (v.TryGetValue<float>(out var f))
        {
            return f;
        }

        if (v.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        if (v.TryGetValue<ulong>(out var ul))
        {
            return ul;
        }

        if (v.TryGetValue<uint>(out var ui))
        {
            return ui;
        }

        if (v.TryGetValue<short>(out var s))
        {
            return s;
        }

        if (v.TryGetValue<byte>(out var b))
        {
            return b;
        }

        return double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
