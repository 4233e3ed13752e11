using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Flows.Conditions;

namespace Flow.Core.Tests.Flows;

public sealed class DocumentFilterTests
{
    private static readonly DocumentArray Docs = Build();

    private static DocumentArray Build()
    {
        var a = new Document { Id = "a", Text = "hello world", Weight = 1f };
        a.Tags["key"] = 5;
        a.Tags["type"] = "image";
        a.Tags["nested"] = new JsonObject { ["level"] = 2 };
        a.Tags["list"] = new JsonArray(1, 2, 3);
        var b = new Document { Id = "b", Text = "goodbye", Granularity = 1 };
        b.Tags["key"] = 7.5;
        b.Tags["type"] = "text";
        b.Scores["cosine"] = new NamedScore(0.9);
        b.Evaluations["precision"] = new NamedScore(0.25);
        var c = new Document { Id = "c", Offset = 2f, Location = [1f] };
        return new DocumentArray([a, b, c]);
    }

    private static string[] Ids(string json) =>
        DocumentFilter.Parse(JsonNode.Parse(json)!.AsObject()).Filter(Docs).Select(d => d.Id).ToArray();

    [Theory]
    [InlineData("{\"tags__key\": {\"$eq\": 5}}", "a")]
    [InlineData("{\"tags__key\": 5}", "a")]
    [InlineData("{\"tags__key\": {\"$ne\": 5}}", "b")]
    [InlineData("{\"text\": {\"$ne\": \"goodbye\"}}", "a,c")]
    [InlineData("{\"text\": {\"$exists\": false}}", "c")]
    [InlineData("{\"granularity\": {\"$exists\": true}}", "b")]
    [InlineData("{\"weight\": {\"$ne\": 1}}", "b,c")]
    [InlineData("{\"text\": {\"$in\": [null, \"goodbye\"]}}", "b,c")]
    [InlineData("{\"tags__key\": {\"$gt\": 5}}", "b")]
    [InlineData("{\"tags__key\": {\"$gte\": 5}}", "a,b")]
    [InlineData("{\"tags__key\": {\"$lt\": 7.5}}", "a")]
    [InlineData("{\"tags__key\": {\"$lte\": 7.5}}", "a,b")]
    [InlineData("{\"tags__type\": {\"$in\": [\"text\", \"audio\"]}}", "b")]
    [InlineData("{\"tags__type\": {\"$nin\": [\"text\"]}}", "a")]
    [InlineData("{\"text\": {\"$regex\": \"^hello\"}}", "a")]
    [InlineData("{\"text\": {\"$regex\": \"o\"}}", "a,b")]
    [InlineData("{\"tags__key\": {\"$exists\": true}}", "a,b")]
    [InlineData("{\"tags__key\": {\"$exists\": false}}", "c")]
    [InlineData("{\"tags__nested__level\": {\"$eq\": 2}}", "a")]
    [InlineData("{\"tags__list\": {\"$size\": 3}}", "a")]
    [InlineData("{\"id\": {\"$eq\": \"c\"}}", "c")]
    [InlineData("{\"granularity\": {\"$eq\": 1}}", "b")]
    [InlineData("{\"weight\": {\"$exists\": true}}", "a")]
    [InlineData("{\"scores__cosine__value\": {\"$gt\": 0.5}}", "b")]
    [InlineData("{\"evaluations__precision__value\": {\"$lt\": 0.5}}", "b")]
    [InlineData("{\"evaluations__precision__value\": {\"$exists\": false}}", "a,c")]
    [InlineData("{\"offset\": {\"$eq\": 2}}", "c")]
    [InlineData("{\"location\": {\"$exists\": true}}", "c")]
    [InlineData("{\"$or\": [{\"tags__type\": {\"$eq\": \"image\"}}, {\"id\": {\"$eq\": \"c\"}}]}", "a,c")]
    [InlineData("{\"$and\": [{\"tags__key\": {\"$gt\": 1}}, {\"tags__type\": {\"$eq\": \"text\"}}]}", "b")]
    [InlineData("{\"$not\": {\"tags__type\": {\"$eq\": \"image\"}}}", "b,c")]
    [InlineData("{\"tags__key\": {\"$gt\": 1, \"$lt\": 6}}", "a")]
    [InlineData("{\"tags__key\": {\"$gt\": 1}, \"text\": {\"$regex\": \"bye\"}}", "b")]
    [InlineData("{\"tags__type\": {\"$gt\": \"image\"}}", "b")]
    [InlineData("{\"tags__type\": {\"$gt\": 1}}", "")]
    public void Filter_Operator_MatchingDocsInOrder(string filter, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), Ids(filter));
    }

    [Theory]
    [InlineData("{\"tags__k\": {\"$in\": 1}}", "field 'tags__k': $in takes a list.")]
    [InlineData("{\"tags__k\": {\"$regex\": \"(\"}}", "field 'tags__k': invalid $regex")]
    [InlineData("{\"$xor\": []}", "unknown logical operator '$xor'")]
    [InlineData("{\"$or\": []}", "$or takes a non-empty list of conditions.")]
    [InlineData("{\"tags\": {\"$eq\": 1}}", "field 'tags': name a tag as tags__<key>.")]
    [InlineData("{\"evaluations__p\": {\"$eq\": 1}}", "field 'evaluations__p': name a score as evaluations__<name>__value.")]
    [InlineData("{\"tags__k\": {\"$exists\": 1}}", "field 'tags__k': $exists takes true or false.")]
    public void Parse_Malformed_FormatExceptionSaysWhy(string filter, string expectedStart)
    {
        var e = Assert.Throws<FormatException>(() => DocumentFilter.Parse(JsonNode.Parse(filter)!.AsObject()));
        Assert.StartsWith(expectedStart, e.Message);
    }

    [Fact]
    public void When_YamlAndCSharp_CompileToSameFilterOnNode()
    {
        var yaml = FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: e\n    when:\n      tags__key:\n        $eq: 5\n");
        var csharp = new FlowBuilder().Add("e", when: new() { ["tags__key"] = new JsonObject { ["$eq"] = 5 } }).Build();
        Assert.Equal(new[] { "a" }, yaml.Topology["e"].Filter!.Filter(Docs).Select(d => d.Id));
        Assert.Equal(new[] { "a" }, csharp.Topology["e"].Filter!.Filter(Docs).Select(d => d.Id));
        Assert.Null(new FlowBuilder().Add("x").Build().Topology["x"].Filter);
    }
}
