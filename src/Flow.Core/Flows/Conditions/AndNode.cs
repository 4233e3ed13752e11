using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>All parts hold (<c>$and</c>, or several conditions in one object).</summary>
internal sealed class AndNode(FilterNode[] parts) : FilterNode
{
    public override bool Evaluate(Document doc)
    {
        foreach (var p in parts)
        {
            if (!p.Evaluate(doc))
            {
                return false;
            }
        }

        return true;
    }
}
