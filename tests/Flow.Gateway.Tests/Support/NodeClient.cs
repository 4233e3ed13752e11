namespace Flow.Gateway.Tests.Support;

/// <summary>
/// The Node.js Jina client of <c>tests/Flow.Gateway.Tests/node</c>: its pinned packages (@grpc/grpc-js, @grpc/proto-loader,
/// package-lock.json) are installed with <c>npm ci</c> the first time a test needs them (node_modules absent), so a fresh
/// clone needs nothing but node and npm. When npm cannot install them (no registry), the test fails saying so.
/// </summary>
internal static class NodeClient
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(RepoPaths.NodeClient, "node_modules", "@grpc", "grpc-js", "package.json"))
                && File.Exists(Path.Combine(RepoPaths.NodeClient, "node_modules", "@grpc", "proto-loader", "package.json")))
            {
                return;
            }

            var result = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5), RepoPaths.NodeClient);
            Assert.True(
                result.ExitCode == 0,
                $"npm ci in {RepoPaths.NodeClient} failed (exit {result.ExitCode}); the npm registry may be unreachable, so the Node.js gRPC client cannot be tested:\n{result.Stderr}");
        }
        finally
        {
            InstallLock.Release();
        }
    }
}
