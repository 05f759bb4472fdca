using System.Runtime.CompilerServices;

namespace GapModel.Generators;

/// <summary>
/// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name: a method so marked is compiled
/// optimized on its first call instead of starting unoptimized. The compiler that loads this assembly is a short-lived
/// process whose JIT rarely promotes our methods before the build ends, so the per-character loops over megabytes of
/// Markdown ran unoptimized throughout. Runtimes that do not know the flag (.NET Framework) ignore it.
/// </summary>
internal static class Optimized
{
    public const MethodImplOptions Always = (MethodImplOptions)512;
}
