using Flow.Core.Documents;
using Flow.Core.Protos;
using Google.Protobuf;

namespace Flow.Core.Wire;

/// <summary>
/// Flow's binary format for documents (protobuf, <c>flow_docs.proto</c>): for files (Jina's
/// <c>save_binary</c> / <c>load_binary</c>) and for the wire. Thread-safe (stateless).
/// </summary>
public static class DocumentSerializer
{
    /// <summary>Encodes a document array.</summary>
    /// <param name="docs">The documents.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Serialize(DocumentArray docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        return DocumentProtoConverter.ToProto(docs).ToByteArray();
    }

    /// <summary>Encodes one document.</summary>
    /// <param name="doc">The document (its id is generated first if absent).</param>
    /// <returns>The bytes.</returns>
    public static byte[] Serialize(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return DocumentProtoConverter.ToProto(doc).ToByteArray();
    }

    /// <summary>Decodes a document array written by <see cref="Serialize(DocumentArray)"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>New documents.</returns>
    /// <exception cref="InvalidProtocolBufferException">The bytes are not a valid encoding.</exception>
    /// <exception cref="InvalidDataException">A float vector's length is not a multiple of 4 bytes.</exception>
    public static DocumentArray DeserializeArray(ReadOnlySpan<byte> bytes) =>
        DocumentProtoConverter.FromProto(DocumentArrayProto.Parser.ParseFrom(bytes));

    /// <summary>Decodes a document written by <see cref="Serialize(Document)"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>A new document.</returns>
    /// <exception cref="InvalidProtocolBufferException">The bytes are not a valid encoding.</exception>
    /// <exception cref="InvalidDataException">A float vector's length is not a multiple of 4 bytes.</exception>
    public static Document DeserializeDocument(ReadOnlySpan<byte> bytes) =>
        DocumentProtoConverter.FromProto(DocumentProto.Parser.ParseFrom(bytes));
}
