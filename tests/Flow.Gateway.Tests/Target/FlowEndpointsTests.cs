using Flow.Core.Flows;
using Flow.Gateway.Target;
using Flow.Gateway.Tests.Support;

namespace Flow.Gateway.Tests.Target;

public sealed class FlowEndpointsTests
{
    [Fact]
    public void FromDefinition_HandlersOfEveryExecutor_Sorted()
    {
        var endpoints = FlowEndpoints.FromDefinition(new FlowBuilder().Add<GatewayTestExecutor>("a").Build());

        Assert.Contains("/upper", endpoints.Endpoints);
        Assert.Contains("/echo", endpoints.Endpoints);
        Assert.Equal(endpoints.Endpoints.Order(StringComparer.Ordinal), endpoints.Endpoints);
        Assert.True(endpoints.Accepts("/echo"));
        Assert.False(endpoints.Accepts("/nope"));
    }

    [Fact]
    public void FromDefinition_UsesRequests_TheReboundEndpointsServedTheOldOnesNot()
    {
        var plain = FlowEndpoints.FromDefinition(new FlowBuilder().Add<GatewayTestExecutor>("a").Build());
        var rebound = FlowEndpoints.FromDefinition(new FlowBuilder().Add<GatewayTestExecutor>("a", usesRequests: new Dictionary<string, string> { ["/shout"] = "upper" }).Build());

        Assert.Equal(plain.Endpoints.Except(["/upper", "/index", "/search", "/update", "/delete"]).Append("/shout").Order(StringComparer.Ordinal), rebound.Endpoints);
        Assert.True(rebound.Accepts("/shout"));
        Assert.False(rebound.Accepts("/upper"));
    }
}
