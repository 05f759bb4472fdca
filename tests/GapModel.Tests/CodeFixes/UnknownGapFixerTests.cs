using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>GM0001's fix: the suggested ID, written the way the user wrote the wrong one.</summary>
public sealed class UnknownGapFixerTests
{
    private static DiagnosticResult Unknown(int location, string id, string suggestion)
        => new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(location).WithArguments(id, "; did you mean '" + suggestion + "'?");

    [Fact]
    public async Task A_literal_stays_a_literal()
    {
        var test = new CodeFixTest<UnknownGapFixer>(
            """
            [GapModel.AddressesGap( {|#0:"GAP-CAHCE-010"|} )]
            class C { }
            """,
            """
            [GapModel.AddressesGap( "GAP-CACHE-010" )]
            class C { }
            """);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-CAHCE-010", "GAP-CACHE-010"));
        test.CodeActionEquivalenceKey = "GM0001";
        await test.RunAsync();
    }

    [Fact]
    public async Task A_constant_becomes_the_suggested_gaps_generated_constant()
    {
        var test = new CodeFixTest<UnknownGapFixer>(
            """
            namespace App;

            static class Legacy
            {
                public const string Cache = "GAP-CAHCE-010";
            }

            [GapModel.AddressesGap(gapId: {|#0:Legacy.Cache|})]
            class C { }
            """,
            """
            namespace App;

            static class Legacy
            {
                public const string Cache = "GAP-CAHCE-010";
            }

            [GapModel.AddressesGap(gapId: Gaps.Cache010)]
            class C { }
            """,
            withConstants: true);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-CAHCE-010", "GAP-CACHE-010"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_a_generated_constant_a_constant_or_an_expression_becomes_a_literal()
    {
        var test = new CodeFixTest<UnknownGapFixer>(
            """
            static class Legacy
            {
                public const string Cache = "GAP-CAHCE-010";
            }

            [GapModel.AddressesGap({|#0:Legacy.Cache|})]
            [GapModel.AddressesGap({|#1:"GAP-" + "AUTH-0001"|})]
            class C { }
            """,
            """
            static class Legacy
            {
                public const string Cache = "GAP-CAHCE-010";
            }

            [GapModel.AddressesGap("GAP-CACHE-010")]
            [GapModel.AddressesGap("GAP-AUTH-001")]
            class C { }
            """);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-CAHCE-010", "GAP-CACHE-010"));
        test.ExpectedDiagnostics.Add(Unknown(1, "GAP-AUTH-0001", "GAP-AUTH-001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_fix_without_a_suggestion()
    {
        const string source = """[GapModel.AddressesGap({|#0:"GAP-BILLING-404"|})] class C { }""";
        var test = new CodeFixTest<UnknownGapFixer>(source, source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0).WithArguments("GAP-BILLING-404", string.Empty));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_document_and_project_fixes_every_typo_in_one_pass()
    {
        var test = new CodeFixTest<UnknownGapFixer>(
            """
            using GapModel;

            [AddressesGap({|#0:"GAP-CAHCE-010"|})]
            class C
            {
                [AddressesGap({|#1:"gap-auth-001"|})]
                void M([AddressesGap({|#2:"GAP-AUTH-0002"|})] int p) { }
            }
            """,
            """
            using GapModel;

            [AddressesGap("GAP-CACHE-010")]
            class C
            {
                [AddressesGap("GAP-AUTH-001")]
                void M([AddressesGap("GAP-AUTH-002")] int p) { }
            }
            """);
        test.TestState.Sources.Add(("/0/Other.cs", """[GapModel.AddressesGap({|#3:"GAP-CACHE-01"|})] class D { }"""));
        test.FixedState.Sources.Add(("/0/Other.cs", """[GapModel.AddressesGap("GAP-CACHE-010")] class D { }"""));

        // GAP-AUTH-002 is resolved: fixing the typo brings up GM0002, as it should.
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithSpan(7, 26, 7, 40)
            .WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8"));
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-CAHCE-010", "GAP-CACHE-010"));
        test.ExpectedDiagnostics.Add(Unknown(1, "gap-auth-001", "GAP-AUTH-001"));
        test.ExpectedDiagnostics.Add(Unknown(2, "GAP-AUTH-0002", "GAP-AUTH-002"));
        test.ExpectedDiagnostics.Add(Unknown(3, "GAP-CACHE-01", "GAP-CACHE-010"));
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfIncrementalIterations = 4;
        await test.RunAsync();
    }
}
