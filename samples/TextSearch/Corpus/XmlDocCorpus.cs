using System.Xml;
using Flow.Core.Documents;

namespace Flow.Samples.TextSearch.Corpus;

/// <summary>
/// The corpus: every <c>&lt;member&gt;</c> of the <c>*.xml</c> documentation files of a directory, in
/// file-name then document order (deterministic), each id once (the first file wins).
/// </summary>
internal static class XmlDocCorpus
{
    /// <summary>The MIME type of a document whose text is a raw <c>&lt;member&gt;</c> element.</summary>
    public const string MemberXmlMimeType = "application/x-member-doc+xml";

    /// <summary>The members of the directory's documentation files as raw documents (id: the documentation id).</summary>
    /// <param name="directory">A directory of XML documentation files.</param>
    /// <returns>One document per member; its text is the member's outer XML, for the extractor.</returns>
    public static List<Document> LoadDocuments(string directory)
    {
        var docs = new List<Document>();
        foreach (var (id, xml) in ReadMembers(directory))
        {
            docs.Add(new Document { Id = id, Text = xml, MimeType = MemberXmlMimeType });
        }

        return docs;
    }

    /// <summary>Streams (id, outer XML) of every member, in order, each id once.</summary>
    /// <param name="directory">A directory of XML documentation files.</param>
    /// <returns>The members.</returns>
    /// <exception cref="DirectoryNotFoundException">No such directory.</exception>
    public static IEnumerable<(string Id, string Xml)> ReadMembers(string directory)
    {
        var files = Directory.GetFiles(directory, "*.xml");
        Array.Sort(files, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true };
        foreach (var file in files)
        {
            using var reader = XmlReader.Create(file, settings);
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "member" && reader.GetAttribute("name") is { } id)
                {
                    var xml = reader.ReadOuterXml();
                    if (seen.Add(id))
                    {
                        yield return (id, xml);
                    }

                    continue;
                }

                reader.Read();
            }
        }
    }
}
