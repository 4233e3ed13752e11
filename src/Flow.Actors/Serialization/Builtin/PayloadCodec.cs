using Flow.Actors.Serialization.Wire;
using Google.Protobuf;

namespace Flow.Actors.Serialization.Builtin;

/// <summary>Nested messages of any registered type (Identify's id, a selection's message, ...).</summary>
internal static class PayloadCodec
{
    public static Payload? Write(SerializationRegistry registry, object? message)
    {
        if (message is null)
        {
            return null;
        }

        if (!registry.TryGetByType(message.GetType(), out var binding))
        {
            throw new ArgumentException($"{message.GetType().FullName} is not registered for remoting (nested in a runtime message).");
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        binding.Serializer.Write(message, buffer);
        return new Payload { TypeId = binding.TypeId, Data = ByteString.CopyFrom(buffer.WrittenSpan) };
    }

    public static object? Read(SerializationRegistry registry, Payload? payload)
    {
        if (payload is null)
        {
            return null;
        }

        return registry.TryGetById(payload.TypeId, out var binding)
            ? binding.Serializer.Read(payload.Data.Span)
            : throw new UnknownTypeIdException(payload.TypeId);
    }
}
