using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>GM1008 and GM1009: what nothing covers, at the gap's line, with the generator's link record as in a build.</summary>
public sealed class CoverageAnalyzerTests
{
    private const string Gaps = """
        # Gaps

        ### GAP-COV-001: Addressed
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** OPEN

        ### GAP-COV-002: Only validated, never addressed
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** OPEN

        ### GAP-COV-003: Low priority
        **Classification:** TESTING | P2-MEDIUM | ISOLATED
        **Status:** OPEN

        ### GAP-COV-004: Resolved, partly validated
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** RESOLVED
        **Validation Criteria:**
        - [x] first
        - [x] second
          - [x] third, nested

        ### GAP-COV-005: Resolved without criteria
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** RESOLVED

        ### GAP-COV-006: Under way
        **Classification:** TESTING | P3-LOW | ISOLATED
        **Status:** IN_PROGRESS
        """;

    private const string Code = """
        using GapModel;

        [AddressesGap(App.Gaps.Cov001)]
        class Feature
        {
            [ValidatesGap(App.Gaps.Cov002, 1)]
            [ValidatesGap("GAP-COV-004", 2)]
            private void Test() { }
        }
        """;

    private sealed class Test : CSharpAnalyzerTest<CoverageAnalyzer, DefaultVerifier>
    {
        public Test(string source, string? gaps, params string[] config)
        {
            ReferenceAssemblies = AnalyzerTestHarness.NoPackages;
            TestCode = source;
            AnalyzerTestHarness.Configure(TestState, gaps, AnalyzerTestHarness.GlobalConfig("App", config));
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(GapGenerator)];
    }

    private static DiagnosticResult At(DiagnosticDescriptor rule, int line) => new DiagnosticResult(rule).WithSpan(AnalyzerTestHarness.GapsPath, line, 1, line, 1);

    [Fact]
    public async Task Without_a_policy_nothing_is_reported()
    {
        await new Test(Code, Gaps).RunAsync();
    }

    [Fact]
    public async Task The_policy_selects_gaps_by_priority_and_status_and_each_is_reported_at_its_entry_line()
    {
        var test = new Test(Code, Gaps, "build_property.GapModelCoverage = p0,InProgress");
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.UnaddressedGap, 7)
            .WithMessage("Gap 'GAP-COV-002' ('Only validated, never addressed') must be addressed (GapModelCoverage) but no [AddressesGap] names it"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.UnvalidatedCriteria, 15)
            .WithMessage("Gap 'GAP-COV-004' ('Resolved, partly validated') is resolved but no [ValidatesGap] covers its validation criteria 1, 3"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.UnaddressedGap, 27).WithArguments("GAP-COV-006", "Under way"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Links_of_a_referenced_assembly_count_whatever_their_accessibility()
    {
        // The app's private test method validates criteria 1 and 3 and its internal class addresses GAP-COV-002: only the
        // assembly-level link record carries them (reference assemblies drop private members).
        var app = ReferencedCatalogTests.Build("App.Tests", """
            [assembly: GapModel.GapLinks("A\tGAP-COV-002\tApp.Internal\nV\tGAP-COV-004\t1\tApp.Tests.Private()\nV\tGAP-COV-004\t3\tApp.Tests.Private()\nX\tnot a link")]
            """, AnalyzerTestHarness.GapModelReference);
        var test = new Test(Code, Gaps, "build_property.GapModelCoverage = P0");
        test.TestState.AdditionalReferences.Add(app);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_referenced_catalogs_gap_is_reported_at_its_line_in_that_projects_document()
    {
        var catalog = ReferencedCatalogTests.Build("Shared.Catalog", """
            [assembly: GapModel.GapDefinition("GAP-SHARED-101", "Shared and forgotten", GapModel.GapStatus.Open, "gaps/shared.md", 12, Priority = GapModel.GapPriority.P0, Fingerprint = "aaaaaaaa")]
            [assembly: GapModel.GapDefinition("GAP-SHARED-102", "Shared but minor", GapModel.GapStatus.Open, "gaps/shared.md", 20, Priority = GapModel.GapPriority.P3, Fingerprint = "bbbbbbbb")]
            """, AnalyzerTestHarness.GapModelReference);
        var test = new Test("class C { }", gaps: null, "build_property.GapModelCoverage = P0", "build_property.GapModelReferencedProjects = Other=/elsewhere/|Shared.Catalog=/src/Shared.Catalog/");
        test.TestState.AdditionalReferences.Add(catalog);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnaddressedGap).WithSpan("/src/Shared.Catalog/gaps/shared.md", 12, 1, 12, 1).WithArguments("GAP-SHARED-101", "Shared and forgotten"));
        await test.RunAsync();
    }
}
