using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>Severities as users set them in .editorconfig or a global config, and the suppressions they write.</summary>
public sealed class ConfigurationTests
{
    private const string Source = """
        [GapModel.AddressesGap({|#0:"GAP-AUTH-002"|})]
        [GapModel.AddressesGap({|#1:"GAP-CACHE-010"|})]
        class C { }
        """;

    [Fact]
    public async Task GM0002_promoted_to_an_error_in_a_global_config_fails_the_build()
    {
        var test = new AnalyzerTest(Source, globalConfig: AnalyzerTestHarness.GlobalConfig("App", "dotnet_diagnostic.GM0002.severity = error"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error).WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severities_apply_to_the_files_under_it()
    {
        var test = new AnalyzerTest(Source);
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.GM0002.severity = error
            dotnet_diagnostic.GM0005.severity = suggestion
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error).WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.GapInProgress).WithLocation(1)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments("GAP-CACHE-010", "Cache warm-up"));
        await test.RunAsync();
    }

    [Fact]
    public async Task GM0004_turned_on_for_one_folder_by_its_editorconfig_section_reports_there_only()
    {
        // The analyzer skips GM0004's work while the rule is off everywhere: on for one file's section is on.
        var test = new AnalyzerTest("""[GapModel.AddressesGap({|#0:"GAP-AUTH-001"|})] class C { }""");
        test.TestState.Sources.Add(("/0/Other/Test1.cs", """[GapModel.AddressesGap("GAP-AUTH-001")] class D { }"""));
        test.TestState.Sources.Add(("/0/Generated/Gaps.cs", AnalyzerTestHarness.GeneratedConstants));
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", """
            root = true

            [Test0.cs]
            dotnet_diagnostic.GM0004.severity = warning
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning).WithArguments("GAP-AUTH-001", "Gaps.Auth001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task GM0002_can_be_turned_off()
    {
        await new AnalyzerTest(
            """[GapModel.AddressesGap("GAP-AUTH-002")] class C { }""",
            globalConfig: AnalyzerTestHarness.GlobalConfig("App", "dotnet_diagnostic.GM0002.severity = none")).RunAsync();
    }

    [Fact]
    public async Task Pragma_and_SuppressMessage_silence_one_reference()
    {
        await AnalyzerTest.RunAsync("""
            using System.Diagnostics.CodeAnalysis;
            using GapModel;

            #pragma warning disable GM0002 // Kept on purpose until the release notes are written.
            [AddressesGap("GAP-AUTH-002")]
            #pragma warning restore GM0002
            class C
            {
                [SuppressMessage("GapModel.References", "GM0001:Unknown gap", Justification = "Gap lives in another repository.")]
                [AddressesGap("GAP-BILLING-404")]
                void M() { }
            }
            """);
    }
}
