using GapModel.Generators.Analysis;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace GapModel.Tests.CodeFixes;

/// <summary>A code-fix test of <typeparamref name="TFixer"/> in the harness project (see <see cref="AnalyzerTestHarness"/>).</summary>
internal sealed class CodeFixTest<TFixer> : CSharpCodeFixTest<AddressesGapAnalyzer, TFixer, DefaultVerifier>
    where TFixer : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource, string? globalConfig = null, bool withConstants = false)
    {
        ReferenceAssemblies = AnalyzerTestHarness.NoPackages;
        TestCode = source;
        FixedCode = fixedSource;
        AnalyzerTestHarness.Configure(TestState, AnalyzerTestHarness.Gaps, globalConfig ?? AnalyzerTestHarness.GlobalConfig());
        if (withConstants)
        {
            TestState.Sources.Add(("/0/Gaps.g.cs", AnalyzerTestHarness.GeneratedConstants));
            FixedState.Sources.Add(("/0/Gaps.g.cs", AnalyzerTestHarness.GeneratedConstants));
        }
    }

    protected override Project ApplyCompilationOptions(Project project)
        => AnalyzerTestHarness.WithUsersDefaults(base.ApplyCompilationOptions(project));
}
