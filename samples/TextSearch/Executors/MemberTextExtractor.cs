using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Samples.TextSearch.Corpus;

namespace Flow.Samples.TextSearch.Executors;

/// <summary>
/// Turns raw <c>&lt;member&gt;</c> documents (MIME type <see cref="XmlDocCorpus.MemberXmlMimeType"/>)
/// into plain text: the short member name then the cleaned summary, with the full name in the
/// <c>name</c> tag. Other documents (queries) pass unchanged. Answers every endpoint.
/// </summary>
public sealed class MemberTextExtractor : Executor
{
    /// <summary>Extracts the text of every member document, in place.</summary>
    /// <param name="docs">The request's documents.</param>
    [Requests]
    public void Extract(DocumentArray docs)
    {
        foreach (var doc in docs)
        {
            if (doc.MimeType != XmlDocCorpus.MemberXmlMimeType || doc.Text is null)
            {
                continue;
            }

            var member = MemberDocReader.Read(doc.Text);
            doc.Text = member.IndexText;
            doc.MimeType = "text/plain";
            doc.Tags[DocFields.Name] = member.Name;
        }
    }
}
