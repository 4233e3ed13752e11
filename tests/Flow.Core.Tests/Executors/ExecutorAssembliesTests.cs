using System.Reflection;
using System.Reflection.Emit;
using Flow.Core.Executors;

namespace Flow.Core.Tests.Executors;

public sealed class ExecutorAssembliesTests
{
    [Fact]
    public void Loaded_FlowCoreAndItsUsers_NotTheRuntimeNorOtherLibraries()
    {
        var loaded = ExecutorAssemblies.Loaded();

        Assert.Equal(typeof(Executor).Assembly, loaded[0]);
        Assert.Contains(typeof(ExecutorAssembliesTests).Assembly, loaded);
        Assert.DoesNotContain(typeof(object).Assembly, loaded);
        Assert.DoesNotContain(typeof(Enumerable).Assembly, loaded);
        Assert.DoesNotContain(typeof(FactAttribute).Assembly, loaded);
        Assert.Equal(loaded.Count, loaded.Distinct().Count());
    }

    [Fact]
    public void Loaded_AssemblyDerivingFromAnotherAssemblysExecutor_FoundThroughIt()
    {
        // base.dll: Users.BaseStore : Executor. leaf.dll: Users.LeafStore : Users.BaseStore, no reference to Flow.Core.
        var folder = Directory.CreateTempSubdirectory("flow-executor-assemblies-");
        try
        {
            var suffix = Guid.NewGuid().ToString("N");
            var baseAssembly = Assembly.LoadFrom(Emit(folder.FullName, "UsersBase" + suffix, "Users.BaseStore" + suffix, typeof(Executor)));
            var leafAssembly = Assembly.LoadFrom(Emit(folder.FullName, "UsersLeaf" + suffix, "Users.LeafStore" + suffix, baseAssembly.GetType("Users.BaseStore" + suffix, throwOnError: true)!));
            Assert.DoesNotContain(leafAssembly.GetReferencedAssemblies(), r => r.Name == typeof(Executor).Assembly.GetName().Name);

            var loaded = ExecutorAssemblies.Loaded();

            Assert.Contains(baseAssembly, loaded);
            Assert.Contains(leafAssembly, loaded);
            Assert.Equal(leafAssembly.GetType("Users.LeafStore" + suffix), new ExecutorRegistry().Resolve("LeafStore" + suffix));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Writes an assembly holding one public class deriving from <paramref name="parent"/>; returns its path.</summary>
    private static string Emit(string folder, string assemblyName, string typeName, Type parent)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        var module = builder.DefineDynamicModule(assemblyName);
        var type = module.DefineType(typeName, TypeAttributes.Public | TypeAttributes.Class, parent);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        type.CreateType();
        var path = Path.Combine(folder, assemblyName + ".dll");
        builder.Save(path);
        return path;
    }
}
