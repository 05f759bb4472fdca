using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Generation;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>The analyzer next to the real generator, as in a user's build: its constants are the ones GM0004 offers.</summary>
public sealed class GeneratorIntegrationTests
{
    private sealed class WithGenerator : CSharpAnalyzerTest<AddressesGapAnalyzer, DefaultVerifier>
    {
        public WithGenerator(string source, string gaps, string globalConfig)
        {
            ReferenceAssemblies = AnalyzerTestHarness.NoPackages;
            TestCode = source;
            AnalyzerTestHarness.Configure(TestState, gaps, globalConfig);

            // The generated files are the generator's own tests' business; here only the diagnostics count.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(GapGenerator)];

        protected override Project ApplyCompilationOptions(Project project)
            => AnalyzerTestHarness.WithUsersDefaults(base.ApplyCompilationOptions(project));
    }

    [Fact]
    public async Task GM0004_names_the_constant_the_generator_wrote_for_the_seed_document()
    {
        var test = new WithGenerator(
            """
            namespace Acme.Mesh;

            [GapModel.AddressesGap({|#0:"GAP-SOVEREIGNTY-011"|})]
            [GapModel.AddressesGap(Gaps.Sovereignty011)]
            class Consensus { }
            """,
            Fixtures.Seed,
            AnalyzerTestHarness.GlobalConfig("Acme", "dotnet_diagnostic.GM0004.severity = suggestion"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments("GAP-SOVEREIGNTY-011", "Gaps.Sovereignty011"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_typo_of_a_seed_id_gets_the_seed_id_suggested()
    {
        var test = new WithGenerator(
            """[GapModel.AddressesGap({|#0:"GAP-SOVERIENGTY-011"|})] class C { }""",
            Fixtures.Seed,
            AnalyzerTestHarness.GlobalConfig());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0)
            .WithArguments("GAP-SOVERIENGTY-011", "; did you mean 'GAP-SOVEREIGNTY-011'?"));
        await test.RunAsync();
    }
}
