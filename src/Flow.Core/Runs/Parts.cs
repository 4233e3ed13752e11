using Flow.Core.Documents;
using Flow.Core.Reduce;

namespace Flow.Core.Runs;

/// <summary>How the parts that meet at a node become its input: one part as is, concatenated (no_reduce) or reduced in order.</summary>
internal static class Parts
{
    public static DocumentArray Combine(DocumentArray?[] parts, bool noReduce)
    {
        if (parts.Length == 1)
        {
            return parts[0]!;
        }

        if (noReduce)
        {
            var all = new DocumentArray();
            foreach (var p in parts)
            {
                foreach (var d in p!)
                {
                    all.Add(d);
                }
            }

            return all;
        }

        return DocumentReducer.ReduceAll(parts!);
    }

    public static DocumentArray[] Copy(DocumentArray?[] parts)
    {
        var copy = new DocumentArray[parts.Length];
        Array.Copy(parts, copy, parts.Length);
        return copy;
    }
}
