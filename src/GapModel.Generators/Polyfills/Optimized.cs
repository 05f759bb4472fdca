using System.Runtime.CompilerServices;

namespace GapModel.Generators;

/// <summary>
/// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name: a method so marked is compiled
/// optimized on its first call instead of starting unoptimized. A command-line build (CI, <c>UseSharedCompilation=false</c>)
/// runs the compiler as a short-lived process whose JIT never promoted our methods before the build ended, so the
/// per-character loops over megabytes of Markdown ran unoptimized throughout. The price, in the compiler server and the
/// IDE, is that these few loops skip profile-guided recompilation. Only loops over a document's characters, lines,
/// blocks or gaps are marked. Runtimes that do not know the flag (.NET Framework) ignore it.
/// </summary>
internal static class Optimized
{
    public const MethodImplOptions Always = (MethodImplOptions)512;
}
