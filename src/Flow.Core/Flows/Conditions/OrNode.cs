using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>At least one part holds (<c>$or</c>).</summary>
internal sealed class OrNode(FilterNode[] parts) : FilterNode
{
    public override bool Evaluate(Document doc)
    {
        foreach (var p in parts)
        {
            if (p.Evaluate(doc))
            {
                return true;
            }
        }

        return false;
    }
}
