using System.Reflection;

namespace Flow.Core.Executors;

/// <summary>One bound handler method and what it takes.</summary>
internal sealed record Handler(MethodInfo Method, HandlerThunk Thunk, bool TakesParameters, bool TakesMatrix)
{
    public string DisplayName => Method.DeclaringType!.Name + "." + Method.Name;
}
