using System.Diagnostics;
using Flow.Engine.Documents;
using Flow.Samples.TextSearch.Corpus;
using Flow.Samples.TextSearch.Index;
using Flow.Samples.TextSearch.Text;
using Flow.Samples.TextSearch.Vectors;

var sw = Stopwatch.StartNew();
var dir = SdkReferenceDocs.Resolve("sdk");
var members = XmlDocCorpus.ReadMembers(dir).Select(m => MemberDocReader.Read(m.Xml)).ToList();
Console.WriteLine($"{dir}: {members.Count} members in {sw.ElapsedMilliseconds} ms");
var tokens = members.Select(m => Tokenizer.Tokenize(m.IndexText)).ToList();
var model = TfIdfModel.Fit(tokens);
Console.WriteLine($"fit: V={model.Dimension} in {sw.ElapsedMilliseconds} ms, nnz={tokens.Sum(t => t.Distinct().Count())}");
var index = new SparseIndex();
for (var i = 0; i < members.Count; i++) index.Add(members[i].Id, members[i].Name, model.Transform(tokens[i]));
Console.WriteLine($"indexed in {sw.ElapsedMilliseconds} ms");
foreach (var q in args.Length > 0 ? args : ["read all lines of a text file", "write text to a file", "sort an array", "current time", "parse an integer from a string", "read all bytes", "create a directory", "send an http request"])
{
    var t = Stopwatch.StartNew();
    var hits = index.Search(model.Transform(Tokenizer.Tokenize(q)), 20);
    Console.WriteLine($"== {q}  ({t.Elapsed.TotalMilliseconds:F2} ms) [{string.Join(' ', Tokenizer.Tokenize(q))}]");
    var seen = new HashSet<string>();
    var r = 0;
    foreach (var (row, score) in hits) { if (!seen.Add(index.NameAt(row)) || r >= 8) continue; r++; Console.WriteLine($"{r}. {index.NameAt(row)}  {score:F4}"); }
}
