using Flow.Core.Documents;
using Flow.Core.Reduce;
using Flow.Core.Wire;

namespace Flow.Core.Tests.Reduce;

/// <summary>Seeded randomized checks of the reduce contract and of the wire round trip.</summary>
public sealed class DocumentReducerPropertyTests
{
    private static readonly string[] Texts = [null!, string.Empty, "a", "b", "c"];

    [Fact]
    public void ReduceAll_RandomParts_IdsInFirstAppearanceOrderAndFirstSetFieldWins()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomArray(random, depth: 1)).ToList();
            var expectedIds = parts.SelectMany(p => p.Select(d => d.Id)).Distinct().ToArray();
            var expectedTexts = expectedIds.Select(id => parts.SelectMany(p => p).Where(d => d.Id == id)
                .Select(d => d.Text).FirstOrDefault(t => !string.IsNullOrEmpty(t))).ToArray();
            var expectedMatchIds = expectedIds.Select(id => parts.SelectMany(p => p).Where(d => d.Id == id)
                .SelectMany(d => d.Matches.Select(m => m.Id)).Distinct().ToArray()).ToArray();

            var result = DocumentReducer.ReduceAll(parts);

            Assert.Equal(expectedIds, result.Select(d => d.Id).ToArray());
            Assert.Equal(expectedTexts, result.Select(d => string.IsNullOrEmpty(d.Text) ? null : d.Text).ToArray());
            Assert.Equal(expectedMatchIds, result.Select(d => d.Matches.Select(m => m.Id).ToArray()).ToArray());
        }
    }

    [Fact]
    public void Serialize_RandomTrees_RoundTripIsByteStable()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var docs = RandomArray(new Random(seed), depth: 2);
            var bytes = DocumentSerializer.Serialize(docs);
            Assert.Equal(bytes, DocumentSerializer.Serialize(DocumentSerializer.DeserializeArray(bytes)));
        }
    }

    private static DocumentArray RandomArray(Random random, int depth)
    {
        var docs = new DocumentArray();
        // Ids are unique within one array (each id at most once) but shared across arrays.
        var ids = Enumerable.Range(0, 6).OrderBy(_ => random.Next()).Take(random.Next(0, 6)).ToArray();
        foreach (var id in ids)
        {
            var doc = new Document { Id = "d" + id, Text = Texts[random.Next(Texts.Length)] };
            if (random.Next(3) == 0)
            {
                doc.Embedding = random.Next(2) == 0 ? Embedding.Dense([random.Next(5), 1f]) : Embedding.Sparse(8, [random.Next(4), 5], [1f, 2f]);
            }

            if (random.Next(3) == 0)
            {
                doc.Tags["k" + random.Next(3)] = random.Next(2) == 0 ? random.Next(100) : "v" + random.Next(3);
            }

            if (random.Next(4) == 0)
            {
                doc.Scores["s"] = new NamedScore(random.NextDouble(), "op");
            }

            if (depth > 0)
            {
                foreach (var m in RandomArray(random, depth - 1))
                {
                    doc.Matches.Add(m);
                }

                if (random.Next(2) == 0)
                {
                    foreach (var c in RandomArray(random, depth - 1))
                    {
                        doc.Chunks.Add(c);
                    }
                }
            }

            docs.Add(doc);
        }

        return docs;
    }
}
