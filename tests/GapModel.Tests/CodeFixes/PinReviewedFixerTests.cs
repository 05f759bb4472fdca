using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Diagnostics;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>GM0007's fix: <c>Reviewed = "&lt;fingerprint&gt;"</c> added as the attribute's last argument, laid out as the others.</summary>
public sealed class PinReviewedFixerTests
{
    private static readonly string Auth = PinnedGaps.Fingerprint("GAP-AUTH-001");
    private static readonly string Cache = PinnedGaps.Fingerprint("GAP-CACHE-010");
    private static readonly string Enabled = AnalyzerTestHarness.GlobalConfig("App", "dotnet_diagnostic.GM0007.severity = warning");

    private static CodeFixTest<PinReviewedFixer> Test(string source, string fixedSource)
        => new(source, fixedSource, Enabled, gaps: PinnedGaps.Text);

    private static DiagnosticResult Unpinned(int location, string id, string current)
        => new DiagnosticResult(DiagnosticDescriptors.UnpinnedReference).WithLocation(location)
            .WithSeverity(DiagnosticSeverity.Warning).WithArguments(id, current);

    [Fact]
    public async Task The_pin_follows_the_gap_ID_on_its_line()
    {
        var test = Test(
            """
            [GapModel.AddressesGap({|#0:"GAP-AUTH-001"|})]
            class C { }
            """,
            $$"""
            [GapModel.AddressesGap("GAP-AUTH-001", Reviewed = "{{Auth}}")]
            class C { }
            """);
        test.CodeActionEquivalenceKey = "GM0007";
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Pin the reviewed fingerprint (" + Auth + ")", action.Title);
        test.ExpectedDiagnostics.Add(Unpinned(0, "GAP-AUTH-001", Auth));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_pin_comes_after_positional_and_named_arguments_and_keeps_the_space_before_the_parenthesis()
    {
        var test = Test(
            """
            using GapModel;

            class Tests
            {
                [ValidatesGap({|#0:"GAP-AUTH-001"|}, 2)] void Positional() { }
                [ValidatesGap(criterion: 1, gapId: {|#1:"GAP-AUTH-001"|} )] void Named() { }
                [ValidatesGap({|#2:"GAP-AUTH-001"|},criterion:1)] void Tight() { }
            }
            """,
            $$"""
            using GapModel;

            class Tests
            {
                [ValidatesGap("GAP-AUTH-001", 2, Reviewed = "{{Auth}}")] void Positional() { }
                [ValidatesGap(criterion: 1, gapId: "GAP-AUTH-001", Reviewed = "{{Auth}}" )] void Named() { }
                [ValidatesGap("GAP-AUTH-001",criterion:1,Reviewed = "{{Auth}}")] void Tight() { }
            }
            """);
        test.ExpectedDiagnostics.Add(Unpinned(0, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(1, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(2, "GAP-AUTH-001", Auth));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_argument_list_written_one_argument_a_line_gets_the_pin_on_a_line_of_its_own()
    {
        var test = Test(
            """
            using GapModel;

            class Tests
            {
                [AddressesGap(
                    {|#0:"GAP-AUTH-001"|})]
                void One() { }

                [ValidatesGap(
                    {|#1:"GAP-AUTH-001"|},
                    2)]
                void Two() { }

                [ValidatesGap(
                    {|#2:"GAP-AUTH-001"|},
                    2 // no 401
                )]
                void Closing() { }

                [ValidatesGap(
                    {|#3:"GAP-AUTH-001"|}, // the gap
                    1)]
                void Commented() { }
            }
            """,
            $$"""
            using GapModel;

            class Tests
            {
                [AddressesGap(
                    "GAP-AUTH-001",
                    Reviewed = "{{Auth}}")]
                void One() { }

                [ValidatesGap(
                    "GAP-AUTH-001",
                    2,
                    Reviewed = "{{Auth}}")]
                void Two() { }

                [ValidatesGap(
                    "GAP-AUTH-001",
                    2, // no 401
                    Reviewed = "{{Auth}}"
                )]
                void Closing() { }

                [ValidatesGap(
                    "GAP-AUTH-001", // the gap
                    1,
                    Reviewed = "{{Auth}}")]
                void Commented() { }
            }
            """);
        test.ExpectedDiagnostics.Add(Unpinned(0, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(1, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(2, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(3, "GAP-AUTH-001", Auth));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_pins_both_attributes_in_every_document_each_to_its_own_gap()
    {
        var test = Test(
            """
            using GapModel;

            [AddressesGap({|#0:"GAP-AUTH-001"|}), AddressesGap({|#1:"GAP-CACHE-010"|})]
            class C
            {
                [ValidatesGap({|#2:"GAP-AUTH-001"|}, 1)] void Test() { }
                [ValidatesGap("GAP-AUTH-001", 2, Reviewed = "{{Auth}}")] void Pinned() { }
            }
            """.Replace("{{Auth}}", Auth),
            $$"""
            using GapModel;

            [AddressesGap("GAP-AUTH-001", Reviewed = "{{Auth}}"), AddressesGap("GAP-CACHE-010", Reviewed = "{{Cache}}")]
            class C
            {
                [ValidatesGap("GAP-AUTH-001", 1, Reviewed = "{{Auth}}")] void Test() { }
                [ValidatesGap("GAP-AUTH-001", 2, Reviewed = "{{Auth}}")] void Pinned() { }
            }
            """);
        test.TestState.Sources.Add(("/0/Other.cs", """[GapModel.AddressesGap({|#3:"GAP-CACHE-010"|})] class D { }"""));
        test.FixedState.Sources.Add(("/0/Other.cs", $$"""[GapModel.AddressesGap("GAP-CACHE-010", Reviewed = "{{Cache}}")] class D { }"""));
        test.ExpectedDiagnostics.Add(Unpinned(0, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(1, "GAP-CACHE-010", Cache));
        test.ExpectedDiagnostics.Add(Unpinned(2, "GAP-AUTH-001", Auth));
        test.ExpectedDiagnostics.Add(Unpinned(3, "GAP-CACHE-010", Cache));
        test.NumberOfIncrementalIterations = 4;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_gap_of_a_referenced_catalog_is_pinned_to_the_fingerprint_the_catalog_recorded()
    {
        var catalog = ReferencedCatalogTests.Build("Pinned", """
            [assembly: GapModel.GapDefinition("GAP-CAT-001", "Catalog gap", GapModel.GapStatus.Open, "gaps/cat.md", 5, Fingerprint = "aaaaaaaa", Criteria = new string[] { "one", "two" })]
            [assembly: GapModel.GapDefinition("GAP-OLD-001", "Built before fingerprints", GapModel.GapStatus.Open, "gaps/cat.md", 9)]
            """, AnalyzerTestHarness.GapModelReference);
        var test = Test(
            """
            using GapModel;

            class Tests
            {
                [AddressesGap({|#0:"GAP-CAT-001"|})] void Code() { }
                [ValidatesGap({|#1:"GAP-CAT-001"|}, 2)] void Test() { }
                [AddressesGap("GAP-OLD-001")] void NothingToPin() { }
            }
            """,
            """
            using GapModel;

            class Tests
            {
                [AddressesGap("GAP-CAT-001", Reviewed = "aaaaaaaa")] void Code() { }
                [ValidatesGap("GAP-CAT-001", 2, Reviewed = "aaaaaaaa")] void Test() { }
                [AddressesGap("GAP-OLD-001")] void NothingToPin() { }
            }
            """);
        test.TestState.AdditionalReferences.Add(catalog);
        test.ExpectedDiagnostics.Add(Unpinned(0, "GAP-CAT-001", "aaaaaaaa"));
        test.ExpectedDiagnostics.Add(Unpinned(1, "GAP-CAT-001", "aaaaaaaa"));
        await test.RunAsync();
    }
}
