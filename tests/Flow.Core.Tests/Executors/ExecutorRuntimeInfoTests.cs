using Flow.Core.Executors;

namespace Flow.Core.Tests.Executors;

public sealed class ExecutorRuntimeInfoTests
{
    [Fact]
    public void RuntimeName_OneShard_NameRep()
    {
        Assert.Equal("enc/rep-2", new ExecutorRuntimeInfo("enc", ReplicaId: 2, ReplicaCount: 3).RuntimeName);
    }

    [Fact]
    public void RuntimeName_SeveralShards_NameShardRep()
    {
        Assert.Equal("idx/shard-1/rep-0", new ExecutorRuntimeInfo("idx", ShardId: 1, ShardCount: 2).RuntimeName);
    }

    [Fact]
    public void Workspace_RootNameShard_CreatedOnDemand()
    {
        var root = Path.Combine(Path.GetTempPath(), "flow-ws-" + Guid.NewGuid().ToString("N"));
        try
        {
            var info = new ExecutorRuntimeInfo("idx", ShardId: 1, ShardCount: 2, WorkspaceRoot: root);
            var expected = Path.Combine(root, "idx", "1") + Path.DirectorySeparatorChar;
            Assert.Equal(expected, info.Workspace);
            Assert.False(Directory.Exists(expected));

            var executor = (NoHandlers)ExecutorInstance.Create(typeof(NoHandlers), info).Executor;
            Assert.Equal(expected, executor.Workspace);
            Assert.True(Directory.Exists(expected));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
