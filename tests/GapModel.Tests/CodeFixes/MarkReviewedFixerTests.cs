using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Diagnostics;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>GM0006's fix: the <c>Reviewed</c> expression becomes a literal of the gap's current fingerprint.</summary>
public sealed class MarkReviewedFixerTests
{
    private static readonly string Auth = PinnedGaps.Fingerprint("GAP-AUTH-001");
    private static readonly string Cache = PinnedGaps.Fingerprint("GAP-CACHE-010");

    private static CodeFixTest<MarkReviewedFixer> Test(string source, string fixedSource)
        => new(source, fixedSource, gaps: PinnedGaps.Text);

    private static DiagnosticResult Suspect(int location, string id, string pin, string current, string entry)
        => new DiagnosticResult(DiagnosticDescriptors.SuspectReference).WithLocation(location).WithArguments(id, pin, current, entry);

    [Fact]
    public async Task An_old_pin_becomes_the_current_fingerprint_and_keeps_its_comments()
    {
        var test = Test(
            """
            using GapModel;

            [AddressesGap("GAP-AUTH-001", Reviewed = /* last review */ {|#0:"3f2a9c1b"|} /* by Ana */)]
            class C { }
            """,
            $$"""
            using GapModel;

            [AddressesGap("GAP-AUTH-001", Reviewed = /* last review */ "{{Auth}}" /* by Ana */)]
            class C { }
            """);
        test.CodeActionEquivalenceKey = "GM0006";
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Mark as reviewed (" + Auth + ")", action.Title);
        test.ExpectedDiagnostics.Add(Suspect(0, "GAP-AUTH-001", "3f2a9c1b", Auth, "docs/gaps.md:3"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_constant_null_or_an_expression_becomes_a_literal()
    {
        var test = Test(
            """
            using GapModel;

            class Pins
            {
                public const string Old = "3f2a9c1b";
            }

            class C
            {
                [AddressesGap("GAP-AUTH-001", Reviewed = {|#0:Pins.Old|})] void Constant() { }
                [AddressesGap("GAP-AUTH-001", Reviewed = {|#1:null|})] void Null() { }
                [AddressesGap(gapId: "GAP-AUTH-001", Reviewed = {|#2:("NOT-" + "HEX!")|})] void Expression() { }
            }
            """,
            $$"""
            using GapModel;

            class Pins
            {
                public const string Old = "3f2a9c1b";
            }

            class C
            {
                [AddressesGap("GAP-AUTH-001", Reviewed = "{{Auth}}")] void Constant() { }
                [AddressesGap("GAP-AUTH-001", Reviewed = "{{Auth}}")] void Null() { }
                [AddressesGap(gapId: "GAP-AUTH-001", Reviewed = "{{Auth}}")] void Expression() { }
            }
            """);
        test.ExpectedDiagnostics.Add(Suspect(0, "GAP-AUTH-001", "3f2a9c1b", Auth, "docs/gaps.md:3"));
        test.ExpectedDiagnostics.Add(Suspect(1, "GAP-AUTH-001", "null", Auth, "docs/gaps.md:3"));
        test.ExpectedDiagnostics.Add(Suspect(2, "GAP-AUTH-001", "NOT-HEX!", Auth, "docs/gaps.md:3"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_re_pins_both_attributes_in_every_document_each_to_its_own_gap()
    {
        var test = Test(
            """
            using GapModel;

            [AddressesGap("GAP-AUTH-001", Reviewed = {|#0:"00000000"|})]
            [AddressesGap("GAP-CACHE-010", Reviewed = {|#1:"00000000"|})]
            class C
            {
                [ValidatesGap("GAP-AUTH-001", 2, Reviewed = {|#2:"00000000"|})] void Test() { }
                [ValidatesGap("GAP-AUTH-001", 1)] void Unpinned() { }
            }
            """,
            $$"""
            using GapModel;

            [AddressesGap("GAP-AUTH-001", Reviewed = "{{Auth}}")]
            [AddressesGap("GAP-CACHE-010", Reviewed = "{{Cache}}")]
            class C
            {
                [ValidatesGap("GAP-AUTH-001", 2, Reviewed = "{{Auth}}")] void Test() { }
                [ValidatesGap("GAP-AUTH-001", 1)] void Unpinned() { }
            }
            """);
        test.TestState.Sources.Add(("/0/Other.cs", """[GapModel.ValidatesGap("GAP-AUTH-001", 1, Reviewed = {|#3:"00000000"|})] class D { }"""));
        test.FixedState.Sources.Add(("/0/Other.cs", $$"""[GapModel.ValidatesGap("GAP-AUTH-001", 1, Reviewed = "{{Auth}}")] class D { }"""));
        test.ExpectedDiagnostics.Add(Suspect(0, "GAP-AUTH-001", "00000000", Auth, "docs/gaps.md:3"));
        test.ExpectedDiagnostics.Add(Suspect(1, "GAP-CACHE-010", "00000000", Cache, "docs/gaps.md:9"));
        test.ExpectedDiagnostics.Add(Suspect(2, "GAP-AUTH-001", "00000000", Auth, "docs/gaps.md:3"));
        test.ExpectedDiagnostics.Add(Suspect(3, "GAP-AUTH-001", "00000000", Auth, "docs/gaps.md:3"));
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
            """, AnalyzerTestHarness.GapModelReference);
        var test = Test(
            """
            using GapModel;

            class Tests
            {
                [AddressesGap("GAP-CAT-001", Reviewed = {|#0:"bbbbbbbb"|})] void Code() { }
                [ValidatesGap("GAP-CAT-001", 2, Reviewed = {|#1:"bbbbbbbb"|})] void Test() { }
            }
            """,
            """
            using GapModel;

            class Tests
            {
                [AddressesGap("GAP-CAT-001", Reviewed = "aaaaaaaa")] void Code() { }
                [ValidatesGap("GAP-CAT-001", 2, Reviewed = "aaaaaaaa")] void Test() { }
            }
            """);
        test.TestState.AdditionalReferences.Add(catalog);
        test.ExpectedDiagnostics.Add(Suspect(0, "GAP-CAT-001", "bbbbbbbb", "aaaaaaaa", "gaps/cat.md:5"));
        test.ExpectedDiagnostics.Add(Suspect(1, "GAP-CAT-001", "bbbbbbbb", "aaaaaaaa", "gaps/cat.md:5"));
        await test.RunAsync();
    }
}
