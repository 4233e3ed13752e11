namespace Flow.Samples.Tests.Support;

/// <summary>A small XML documentation corpus, written into a directory as one doc file.</summary>
internal static class SyntheticCorpus
{
    public const int MemberCount = 8;

    public const string Xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <doc>
          <assembly><name>Demo</name></assembly>
          <members>
            <member name="T:Demo.IO.TextFile">
              <summary>Provides static methods for reading and writing text files.</summary>
            </member>
            <member name="M:Demo.IO.TextFile.ReadAllLines(System.String)">
              <summary>Opens a text file, reads all lines of the file, and then closes the file.</summary>
            </member>
            <member name="M:Demo.IO.TextFile.ReadAllLines(System.String,System.Text.Encoding)">
              <summary>Opens a file, reads all lines of the file with the specified encoding, and then closes the file.</summary>
            </member>
            <member name="M:Demo.IO.TextFile.ReadLines(System.String)">
              <summary>Reads the lines of a file.</summary>
            </member>
            <member name="M:Demo.IO.TextFile.WriteAllText(System.String,System.String)">
              <summary>Creates a new file, writes the specified string to the file, and then closes the file.</summary>
            </member>
            <member name="M:Demo.Net.WebClient.DownloadString(System.Uri)">
              <summary>Downloads the requested resource as a <see cref="T:System.String" />.</summary>
            </member>
            <member name="P:Demo.Net.WebClient.BaseAddress">
              <summary>Gets or sets the base URI for requests made by a <see cref="T:Demo.Net.WebClient" />.</summary>
            </member>
            <member name="M:Demo.Collections.Sorter.Sort(System.Array)">
              <summary>Sorts the elements in an entire one-dimensional <see cref="T:System.Array" />.</summary>
            </member>
          </members>
        </doc>
        """;

    /// <summary>Writes the corpus as <c>Demo.xml</c> into <paramref name="directory"/> and returns the directory.</summary>
    public static string WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Demo.xml"), Xml);
        return directory;
    }
}
