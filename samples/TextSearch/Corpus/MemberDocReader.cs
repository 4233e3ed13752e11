using System.Text;
using System.Xml.Linq;

namespace Flow.Samples.TextSearch.Corpus;

/// <summary>
/// Reads one <c>&lt;member&gt;</c> element of an XML documentation file into a <see cref="MemberDoc"/>:
/// the summary's text with references rendered as words (<c>&lt;see cref="T:System.String"/&gt;</c> →
/// String, <c>&lt;see langword="null"/&gt;</c> → null, <c>&lt;paramref name="path"/&gt;</c> → path) and
/// whitespace collapsed.
/// </summary>
internal static class MemberDocReader
{
    /// <summary>Parses a <c>&lt;member name="…"&gt;</c> element given as XML text.</summary>
    /// <param name="memberXml">The element's outer XML.</param>
    /// <returns>The member.</returns>
    /// <exception cref="System.Xml.XmlException">Malformed XML.</exception>
    /// <exception cref="FormatException">The element has no <c>name</c>.</exception>
    public static MemberDoc Read(string memberXml)
    {
        var member = XElement.Parse(memberXml, LoadOptions.None);
        var id = (string?)member.Attribute("name") ?? throw new FormatException("A <member> element has no name attribute.");
        var summary = member.Element("summary");
        return new MemberDoc(id, MemberName.FromId(id), summary is null ? string.Empty : PlainText(summary));
    }

    /// <summary>The text of an element, references rendered as words, whitespace collapsed.</summary>
    /// <param name="element">A documentation element such as <c>&lt;summary&gt;</c>.</param>
    /// <returns>The plain text.</returns>
    public static string PlainText(XElement element)
    {
        var raw = new StringBuilder();
        Append(element, raw);
        return Collapse(raw);
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e when e.IsEmpty || !e.Nodes().Any():
                    text.Append(' ').Append(Reference(e)).Append(' ');
                    break;
                case XElement e:
                    text.Append(' ');
                    Append(e, text);
                    text.Append(' ');
                    break;
            }
        }
    }

    private static string Reference(XElement e)
    {
        if ((string?)e.Attribute("cref") is { } cref)
        {
            var name = MemberName.FromId(cref);
            return name[(name.LastIndexOf('.') + 1)..];
        }

        return (string?)e.Attribute("langword") ?? (string?)e.Attribute("name") ?? (string?)e.Attribute("href") ?? string.Empty;
    }

    private static string Collapse(StringBuilder raw)
    {
        var text = new StringBuilder(raw.Length);
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space && !IsClosingPunctuation(c))
            {
                text.Append(' ');
            }

            space = false;
            text.Append(c);
        }

        return text.ToString();
    }

    private static bool IsClosingPunctuation(char c) => c is '.' or ',' or ';' or ':' or ')' or '!' or '?';
}
