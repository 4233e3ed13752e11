using System.Buffers;
using System.Text.Json;

namespace Flow.Actors.Serialization;

/// <summary>Writes one registered type as UTF-8 JSON (opt-in per type); <see cref="IActorRef"/> members travel as paths.</summary>
internal sealed class JsonMessageSerializer<T> : IMessageSerializer
{
    private readonly JsonSerializerOptions _options;

    public JsonMessageSerializer(JsonSerializerOptions? options)
    {
        _options = new JsonSerializerOptions(options ?? JsonSerializerOptions.Default);
        _options.Converters.Add(new ActorRefJsonConverter());
        _options.MakeReadOnly(populateMissingResolver: true);
    }

    public void Write(object message, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, (T)message, _options);
    }

    public object Read(ReadOnlySpan<byte> data) =>
        JsonSerializer.Deserialize<T>(data, _options) ?? throw new JsonException($"null is not a {typeof(T).Name}.");
}
