using Flow.Core.Documents;

namespace Flow.Core.Flows.Conditions;

/// <summary>A node of a compiled filter.</summary>
internal abstract class FilterNode
{
    public abstract bool Evaluate(Document doc);
}
