using BenchmarkDotNet.Running;

namespace Flow.Benchmarks;

/// <summary>BenchmarkDotNet micro-benchmarks: <c>./build.sh bench micro [filter]</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
