using System.Text;

namespace Flow.Samples.TextSearch.Index;

/// <summary>
/// Saves and loads a <see cref="SparseIndex"/> (binary: magic, version, dimension, rows; then per row
/// id, name, term count, columns, unit values). Saving writes a temporary file and renames it, so the
/// file on disk is always a whole snapshot.
/// </summary>
internal static class SparseIndexFile
{
    private const int Magic = 0x58495353; // "SSIX"
    private const int Version = 1;

    /// <summary>Writes the index to <paramref name="path"/> atomically.</summary>
    /// <param name="index">The index.</param>
    /// <param name="path">The file.</param>
    public static void Save(SparseIndex index, string path)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temp), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(index.Dimension);
            writer.Write(index.Count);
            var offsets = index.RowOffsets;
            var columns = index.Columns;
            var values = index.Values;
            for (var row = 0; row < index.Count; row++)
            {
                writer.Write(index.IdAt(row));
                writer.Write(index.NameAt(row));
                var start = offsets[row];
                var length = offsets[row + 1] - start;
                writer.Write(length);
                for (var i = start; i < start + length; i++)
                {
                    writer.Write(columns[i]);
                    writer.Write(values[i]);
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Replaces the contents of <paramref name="index"/> with the file's.</summary>
    /// <param name="index">The index to fill.</param>
    /// <param name="path">A file written by <see cref="Save"/>.</param>
    /// <exception cref="InvalidDataException">Not an index file, or another version.</exception>
    public static void Load(SparseIndex index, string path)
    {
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path} is not a version {Version} sparse index.");
        }

        index.Clear();
        var dimension = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var columns = new List<int>();
        var values = new List<float>();
        for (var row = 0; row < rows; row++)
        {
            var id = reader.ReadString();
            var name = reader.ReadString();
            var length = reader.ReadInt32();
            columns.Clear();
            values.Clear();
            for (var i = 0; i < length; i++)
            {
                columns.Add(reader.ReadInt32());
                values.Add(reader.ReadSingle());
            }

            index.Append(id, name, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(columns), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
        }

        index.SetDimension(dimension);
    }
}
