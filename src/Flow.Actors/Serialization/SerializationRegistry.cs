using System.Text.Json;
using Flow.Actors.Serialization.Builtin;
using Google.Protobuf;

namespace Flow.Actors.Serialization;

/// <summary>
/// The allow-list of message types that may cross the wire, keyed by stable numeric ids. Only registered types are
/// ever written or read: an id from the wire selects a registered serializer and never loads a type by name.
/// Ids below <see cref="FirstUserId"/> are the runtime's own (strings, primitives, Identify, Terminated, ...).
/// Register before the system starts sending; lookups are lock-free and safe from any thread.
/// </summary>
public sealed class SerializationRegistry
{
    /// <summary>The smallest id user types may take; smaller ids are reserved for the runtime.</summary>
    public const int FirstUserId = 1000;

    private readonly object _gate = new();
    private Dictionary<Type, TypeBinding> _byType = [];
    private Dictionary<int, TypeBinding> _byId = [];

    /// <summary>Creates a registry holding the runtime's built-in types.</summary>
    public SerializationRegistry()
    {
        BuiltinSerializers.RegisterAll(this);
    }

    /// <summary>Every registered binding, built-ins included.</summary>
    public IReadOnlyCollection<TypeBinding> Bindings => _byId.Values;

    /// <summary>Registers <typeparamref name="T"/> with a serializer of the caller's choice.</summary>
    /// <exception cref="ArgumentException">The id is reserved or taken, or the type is already registered.</exception>
    public SerializationRegistry Register<T>(int typeId, IMessageSerializer serializer)
    {
        if (typeId < FirstUserId)
        {
            throw new ArgumentException($"Type id {typeId} for {typeof(T).FullName} is reserved for the runtime; user ids start at {FirstUserId}.", nameof(typeId));
        }

        Add(new TypeBinding(typeof(T), typeId, serializer ?? throw new ArgumentNullException(nameof(serializer))));
        return this;
    }

    /// <summary>Registers a Google.Protobuf message type; it is read with the parser of its descriptor.</summary>
    public SerializationRegistry RegisterProtobuf<T>(int typeId)
        where T : IMessage<T>, new() => Register<T>(typeId, new ProtobufMessageSerializer<T>());

    /// <summary>Registers a type (typically a record) written as JSON with System.Text.Json; refs inside travel as paths.</summary>
    public SerializationRegistry RegisterJson<T>(int typeId, JsonSerializerOptions? options = null) =>
        Register<T>(typeId, new JsonMessageSerializer<T>(options));

    /// <summary>The binding of a runtime type, if it is allowed on the wire.</summary>
    public bool TryGetByType(Type type, out TypeBinding binding) => _byType.TryGetValue(type, out binding!);

    /// <summary>The binding of a wire id, if one is registered.</summary>
    public bool TryGetById(int typeId, out TypeBinding binding) => _byId.TryGetValue(typeId, out binding!);

    internal void AddBuiltin(Type type, int typeId, IMessageSerializer serializer) => Add(new TypeBinding(type, typeId, serializer));

    private void Add(TypeBinding binding)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(binding.TypeId, out var taken))
            {
                throw new ArgumentException($"Type id {binding.TypeId} is already registered for {taken.Type.FullName}; {binding.Type.FullName} needs another id.");
            }

            if (_byType.ContainsKey(binding.Type))
            {
                throw new ArgumentException($"{binding.Type.FullName} is already registered.");
            }

            // Copy on write: readers on the transport threads see either the old or the new table, never a torn one.
            _byType = new Dictionary<Type, TypeBinding>(_byType) { [binding.Type] = binding };
            _byId = new Dictionary<int, TypeBinding>(_byId) { [binding.TypeId] = binding };
        }
    }
}
