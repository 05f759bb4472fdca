using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Diagnostics;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>GM0004's fix: the literal becomes the generated constant, as short as it can be written there.</summary>
public sealed class UseGeneratedConstantFixerTests
{
    private static readonly string Enabled = AnalyzerTestHarness.GlobalConfig("App", "dotnet_diagnostic.GM0004.severity = suggestion");

    private static DiagnosticResult UseConstant(int location, string id, string constant)
        => new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(location)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments(id, constant);

    [Fact]
    public async Task Inside_the_constants_namespace_the_constant_is_written_short()
    {
        var test = new CodeFixTest<UseGeneratedConstantFixer>(
            """
            namespace App.Features;

            [GapModel.AddressesGap(gapId: {|#0:"GAP-AUTH-001"|})]
            class C { }
            """,
            """
            namespace App.Features;

            [GapModel.AddressesGap(gapId: Gaps.Auth001)]
            class C { }
            """,
            Enabled,
            withConstants: true)
        {
            CodeActionEquivalenceKey = "GM0004",
        };
        test.ExpectedDiagnostics.Add(UseConstant(0, "GAP-AUTH-001", "Gaps.Auth001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Elsewhere_it_is_qualified_and_no_using_is_added()
    {
        var test = new CodeFixTest<UseGeneratedConstantFixer>(
            """
            namespace Other
            {
                class Gaps { }

                [GapModel.AddressesGap({|#0:"GAP-AUTH-001"|})]
                class C { }
            }
            """,
            """
            namespace Other
            {
                class Gaps { }

                [GapModel.AddressesGap(App.Gaps.Auth001)]
                class C { }
            }
            """,
            Enabled,
            withConstants: true);
        test.ExpectedDiagnostics.Add(UseConstant(0, "GAP-AUTH-001", "Gaps.Auth001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_replaces_every_literal_of_the_project()
    {
        var test = new CodeFixTest<UseGeneratedConstantFixer>(
            """
            using App;
            using GapModel;

            [AddressesGap({|#0:"GAP-AUTH-001"|})]
            [AddressesGap({|#1:"GAP-CACHE-010"|})]
            class C { }
            """,
            """
            using App;
            using GapModel;

            [AddressesGap(Gaps.Auth001)]
            [AddressesGap(Gaps.Cache010)]
            class C { }
            """,
            Enabled,
            withConstants: true);
        test.TestState.Sources.Add(("/0/Other.cs", """[GapModel.AddressesGap({|#2:"GAP-AUTH-001"|})] class D { }"""));
        test.FixedState.Sources.Add(("/0/Other.cs", """[GapModel.AddressesGap(App.Gaps.Auth001)] class D { }"""));
        test.ExpectedDiagnostics.Add(UseConstant(0, "GAP-AUTH-001", "Gaps.Auth001"));
        test.ExpectedDiagnostics.Add(UseConstant(1, "GAP-CACHE-010", "Gaps.Cache010"));
        test.ExpectedDiagnostics.Add(UseConstant(2, "GAP-AUTH-001", "Gaps.Auth001"));
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_shared_catalogs_constant_is_used_for_its_gaps()
    {
        var test = new CodeFixTest<UseGeneratedConstantFixer>(
            """
            using Catalog;

            [GapModel.AddressesGap({|#0:"GAP-SHARED-001"|})]
            class C { }
            """,
            """
            using Catalog;

            [GapModel.AddressesGap(Gaps.Shared001)]
            class C { }
            """,
            Enabled);
        test.TestState.AdditionalReferences.Add(ReferencedCatalogTests.Catalog);
        test.ExpectedDiagnostics.Add(UseConstant(0, "GAP-SHARED-001", "Gaps.Shared001"));
        await test.RunAsync();
    }
}
