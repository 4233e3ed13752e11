using Akka.Actor;
using Akka.Remote;
using Akka.Remote.Transport;

namespace Flow.TestKit.MultiNode;

/// <summary>Failure injection between nodes: Akka.Remote's throttler adapter (<c>trttl</c>), driven through each transport's management command.</summary>
public abstract partial class MultiNodeSpec
{
    /// <summary>Drops every message between the nodes of <paramref name="a"/> and <paramref name="b"/>, both ways (needs <see cref="MultiNodeConfig.TestTransport"/>).</summary>
    /// <exception cref="InvalidOperationException"><see cref="MultiNodeConfig.TestTransport"/> is off, or a node's throttler refused the command.</exception>
    protected Task BlackholeAsync(RoleName a, RoleName b) => ThrottleAsync(a, b, Blackhole.Instance);

    /// <summary>Lets messages between <paramref name="a"/> and <paramref name="b"/> through again (a node that is not running is skipped).</summary>
    /// <exception cref="InvalidOperationException"><see cref="MultiNodeConfig.TestTransport"/> is off, or a node's throttler refused the command.</exception>
    protected Task PassThroughAsync(RoleName a, RoleName b) => ThrottleAsync(a, b, Unthrottled.Instance);

    private async Task ThrottleAsync(RoleName a, RoleName b, ThrottleMode mode)
    {
        await SetThrottleAsync(a, b, mode).ConfigureAwait(false);
        await SetThrottleAsync(b, a, mode).ConfigureAwait(false);
    }

    private async Task SetThrottleAsync(RoleName from, RoleName to, ThrottleMode mode)
    {
        if (!Config.TestTransport)
        {
            throw new InvalidOperationException("Blackholing needs MultiNodeConfig.TestTransport = true.");
        }

        if (!IsRunning(from))
        {
            return;
        }

        var transport = ((IRemoteActorRefProvider)((ExtendedActorSystem)Node(from)).Provider).Transport;
        if (!await transport.ManagementCommand(new SetThrottle(AddressOf(to), ThrottleTransportAdapter.Direction.Both, mode)).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"The throttler of '{from}' did not take the command for '{to}'.");
        }
    }
}
