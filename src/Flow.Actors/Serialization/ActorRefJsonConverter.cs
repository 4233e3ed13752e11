using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flow.Actors.Serialization;

/// <summary>Writes an <see cref="IActorRef"/> as its wire path and resolves it when reading.</summary>
internal sealed class ActorRefJsonConverter : JsonConverter<IActorRef>
{
    public override bool CanConvert(Type typeToConvert) => typeof(IActorRef).IsAssignableFrom(typeToConvert);

    public override IActorRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : ActorRefWire.FromWire(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, IActorRef value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ActorRefWire.ToWire(value));
}
