using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>The inner condition does not hold (<c>$not</c>).</summary>
internal sealed class NotNode(FilterNode inner) : FilterNode
{
    public override bool Evaluate(Document doc) => !inner.Evaluate(doc);
}
