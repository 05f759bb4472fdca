using System.Linq;
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
    public CodeFixTest(string source, string fixedSource, string? globalConfig = null, bool withConstants = false, string gaps = AnalyzerTestHarness.Gaps)
    {
        ReferenceAssemblies = AnalyzerTestHarness.NoPackages;
        TestCode = source;
        FixedCode = fixedSource;
        AnalyzerTestHarness.Configure(TestState, gaps, globalConfig ?? AnalyzerTestHarness.GlobalConfig());
        if (withConstants)
        {
            TestState.Sources.Add(("/0/Gaps.g.cs", AnalyzerTestHarness.GeneratedConstants));
            FixedState.Sources.Add(("/0/Gaps.g.cs", AnalyzerTestHarness.GeneratedConstants));
        }
    }

    protected override Project ApplyCompilationOptions(Project project)
        => AnalyzerTestHarness.WithUsersDefaults(base.ApplyCompilationOptions(project));
}

/// <summary>Gaps with validation criteria, for the fixes of <c>Reviewed</c> pins, and their fingerprints.</summary>
internal static class PinnedGaps
{
    /// <summary>GAP-AUTH-001 (entry on line 3) has two criteria; GAP-CACHE-010 (line 9) none.</summary>
    public const string Text = """
        # Gaps

        ### GAP-AUTH-001: Token refresh
        **Status:** OPEN
        **Validation Criteria:**
        - [ ] Refresh happens before expiry
        - [ ] No request fails with 401

        ### GAP-CACHE-010: Cache warm-up
        **Status:** OPEN

        """;

    public static string Fingerprint(string id)
        => GapModel.Generators.Model.GapFingerprint.Of(
            GapModel.Generators.Parsing.GapDocumentParser.Parse(Text, System.Threading.CancellationToken.None).Gaps.Single(g => g.Id == id));
}
