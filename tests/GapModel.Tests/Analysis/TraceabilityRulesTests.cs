using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>Suspect references (GM0006), unpinned references (GM0007) and criteria bound to tests (GM0008).</summary>
public sealed class TraceabilityRulesTests
{
    /// <summary>GAP-AUTH-001 has three criteria (one nested), GAP-AUTH-002 is resolved with one.</summary>
    private const string Gaps = """
        # Gaps

        ### GAP-AUTH-001: Token refresh
        **Status:** OPEN
        **Validation Criteria:**
        - [ ] Refresh happens before expiry
        - [ ] No request fails with 401
          - [x] not even under load

        ### GAP-AUTH-002: Legacy login
        **Status:** RESOLVED
        **Validation Criteria:**
        - [x] The old form is gone
        """;

    private static string Fingerprint(string id)
        => GapFingerprint.Of(GapDocumentParser.Parse(Gaps, CancellationToken.None).Gaps.Single(g => g.Id == id));

    private static AnalyzerTest Test(string source, params string[] config)
        => new(source, Gaps, AnalyzerTestHarness.GlobalConfig("App", config));

    [Fact]
    public async Task A_pin_that_differs_from_the_fingerprint_is_suspect_at_the_Reviewed_argument()
    {
        var current = Fingerprint("GAP-AUTH-001");
        var test = Test($$"""
            using GapModel;

            class C
            {
                [AddressesGap("GAP-AUTH-001", Reviewed = "{{current}}")] void Current() { }
                [AddressesGap("GAP-AUTH-001", Reviewed = "{{current.ToUpperInvariant()}}")] void UpperCase() { }
                [AddressesGap("GAP-AUTH-001", Reviewed = {|#0:"3f2a9c1b"|})] void Old() { }
                [AddressesGap("GAP-AUTH-001", Reviewed = {|#1:"not-hex!"|})] void Garbage() { }
                [ValidatesGap("GAP-AUTH-001", 1, Reviewed = {|#2:"3f2a9c1b"|})] void Test() { }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SuspectReference).WithLocation(0)
            .WithMessage($"Gap 'GAP-AUTH-001' changed since it was reviewed (reviewed 3f2a9c1b, now {current}; docs/gaps.md:3)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SuspectReference).WithLocation(1)
            .WithArguments("GAP-AUTH-001", "not-hex!", current, "docs/gaps.md:3"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SuspectReference).WithLocation(2)
            .WithArguments("GAP-AUTH-001", "3f2a9c1b", current, "docs/gaps.md:3"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_reference_without_a_pin_is_GM0007_only_when_enabled()
    {
        const string source = """
            using GapModel;

            [AddressesGap({|#0:"GAP-AUTH-001"|})]
            class C
            {
                [ValidatesGap({|#1:"GAP-AUTH-001"|}, 2)] void Test() { }
            }
            """;
        await Test(source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty)).RunAsync();

        var enabled = Test(source, "dotnet_diagnostic.GM0007.severity = warning");
        foreach (var location in new[] { 0, 1 })
        {
            enabled.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnpinnedReference).WithLocation(location).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage($"The reference to gap 'GAP-AUTH-001' has no Reviewed pin; pin it with Reviewed = \"{Fingerprint("GAP-AUTH-001")}\""));
        }

        await enabled.RunAsync();
    }

    [Fact]
    public async Task A_criterion_outside_the_checklist_is_GM0008_at_the_criterion_and_nested_items_count()
    {
        await AnalyzerTestWith("""
            using GapModel;

            class Tests
            {
                [ValidatesGap("GAP-AUTH-001", 1)] void First() { }
                [ValidatesGap("GAP-AUTH-001", 3)] void Nested() { }
                [ValidatesGap("GAP-AUTH-001", {|#0:4|})] void Fourth() { }
                [ValidatesGap("GAP-AUTH-001", {|#1:0|})] void Zero() { }
                [ValidatesGap(criterion: {|#2:-1|}, gapId: "GAP-AUTH-001")] void Named() { }
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.CriterionOutOfRange).WithLocation(0).WithMessage("Gap 'GAP-AUTH-001' has 3 validation criteria; there is no criterion 4"),
            new DiagnosticResult(DiagnosticDescriptors.CriterionOutOfRange).WithLocation(1).WithArguments("GAP-AUTH-001", "3", "0"),
            new DiagnosticResult(DiagnosticDescriptors.CriterionOutOfRange).WithLocation(2).WithArguments("GAP-AUTH-001", "3", "-1"));
    }

    [Fact]
    public async Task ValidatesGap_gets_unknown_and_shape_rules_but_never_GM0002()
    {
        // A test that keeps validating a resolved gap is what keeps it resolved.
        await AnalyzerTestWith("""
            using GapModel;

            class Tests
            {
                [ValidatesGap("GAP-AUTH-002", 1)] void StillValidated() { }
                [ValidatesGap({|#0:"GAP-AUTH-003"|}, 1)] void Unknown() { }
                [ValidatesGap({|#1:"AUTH-001"|}, 1)] void NotAnId() { }
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0).WithArguments("GAP-AUTH-003", string.Empty),
            new DiagnosticResult(DiagnosticDescriptors.InvalidGapId).WithLocation(1).WithArguments("AUTH-001"));
    }

    [Fact]
    public async Task A_resolved_gap_is_only_GM0002_whatever_its_pin()
    {
        await AnalyzerTestWith("""
            [GapModel.AddressesGap({|#0:"GAP-AUTH-002"|}, Reviewed = "00000000")] class C { }
            """,
            new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0).WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:11"));
    }

    [Fact]
    public async Task A_referenced_catalog_carries_fingerprints_and_criteria()
    {
        var catalog = ReferencedCatalogTests.Build("Pinned", """
            [assembly: GapModel.GapDefinition("GAP-CAT-001", "Catalog gap", GapModel.GapStatus.Open, "gaps/cat.md", 5, Fingerprint = "aaaaaaaa", Criteria = new string[] { "one", "two" })]
            [assembly: GapModel.GapDefinition("GAP-OLD-001", "Built before fingerprints", GapModel.GapStatus.Open, "gaps/cat.md", 9)]
            """, AnalyzerTestHarness.GapModelReference);
        var test = new AnalyzerTest("""
            using GapModel;

            class Tests
            {
                [AddressesGap("GAP-CAT-001", Reviewed = "AAAAAAAA")] void Pinned() { }
                [AddressesGap("GAP-CAT-001", Reviewed = {|#0:"bbbbbbbb"|})] void Suspect() { }
                [ValidatesGap("GAP-CAT-001", {|#1:3|})] void Third() { }
                [ValidatesGap("GAP-OLD-001", 7, Reviewed = "bbbbbbbb")] void NothingToCompare() { }
            }
            """);
        test.TestState.AdditionalReferences.Add(catalog);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SuspectReference).WithLocation(0).WithArguments("GAP-CAT-001", "bbbbbbbb", "aaaaaaaa", "gaps/cat.md:5"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.CriterionOutOfRange).WithLocation(1).WithArguments("GAP-CAT-001", "2", "3"));
        await test.RunAsync();
    }

    private static Task AnalyzerTestWith(string source, params DiagnosticResult[] expected)
    {
        var test = Test(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
