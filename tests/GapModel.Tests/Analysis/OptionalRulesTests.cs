using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>GM0004 (use the generated constant) and GM0005 (gap in progress): off by default, on by configuration.</summary>
public sealed class OptionalRulesTests
{
    private const string Enabled = "dotnet_diagnostic.GM0004.severity = suggestion\ndotnet_diagnostic.GM0005.severity = suggestion";

    private static AnalyzerTest Test(string source, string rootNamespace = "App", params string[] config)
    {
        var test = new AnalyzerTest(source, globalConfig: AnalyzerTestHarness.GlobalConfig(rootNamespace, config));
        test.TestState.Sources.Add(("Gaps.g.cs", AnalyzerTestHarness.GeneratedConstants));
        return test;
    }

    [Fact]
    public async Task Both_are_silent_by_default()
    {
        await Test("""
            [GapModel.AddressesGap("GAP-AUTH-001")]
            [GapModel.AddressesGap("GAP-CACHE-010")]
            class C { }
            """).RunAsync();
    }

    [Fact]
    public async Task A_literal_for_a_gap_with_a_constant_is_reported_with_the_constant_in_the_properties()
    {
        var test = Test("""
            namespace App;

            [GapModel.AddressesGap({|#0:"GAP-AUTH-001"|})]
            [GapModel.AddressesGap(Gaps.Auth001)]
            [GapModel.AddressesGap("GAP-" + "AUTH-001")]
            class C { }
            """, "App", Enabled);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info)
            .WithMessage("Use 'Gaps.Auth001' instead of the string literal \"GAP-AUTH-001\""));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_in_progress_gap_is_reported_and_its_literal_too()
    {
        var test = Test("""[GapModel.AddressesGap({|#0:"GAP-CACHE-010"|})] class C { }""", "App", Enabled);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.GapInProgress).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info)
            .WithMessage("Gap 'GAP-CACHE-010' ('Cache warm-up') is in progress"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments("GAP-CACHE-010", "Gaps.Cache010"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_resolved_gap_gets_GM0002_only()
    {
        var test = Test("""[GapModel.AddressesGap({|#0:"GAP-AUTH-002"|})] class C { }""", "App", Enabled);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0)
            .WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8"));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_GM0004_when_the_constants_class_is_not_where_the_options_say()
    {
        // RootNamespace says Other, so the generator would have written Other.Gaps: App.Gaps is not it.
        await Test("""[GapModel.AddressesGap("GAP-AUTH-001")] class C { }""", "Other", Enabled).RunAsync();
    }

    [Fact]
    public async Task GapModelNamespace_wins_over_RootNamespace()
    {
        var test = Test(
            """[GapModel.AddressesGap({|#0:"GAP-AUTH-001"|})] class C { }""",
            "Other",
            Enabled,
            "build_property.GapModelNamespace = App");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments("GAP-AUTH-001", "Gaps.Auth001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_GM0004_when_the_constant_is_missing_or_holds_another_value()
    {
        var test = new AnalyzerTest(
            """[GapModel.AddressesGap("GAP-AUTH-001")] [GapModel.AddressesGap("GAP-CACHE-010")] class C { }""",
            globalConfig: AnalyzerTestHarness.GlobalConfig("App", "dotnet_diagnostic.GM0004.severity = suggestion"));
        test.TestState.Sources.Add(("Gaps.g.cs", """
            namespace App
            {
                internal static class Gaps
                {
                    public const string Auth001 = "GAP-AUTH-002";
                }
            }
            """));
        await test.RunAsync();
    }
}
