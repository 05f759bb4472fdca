using System.Linq;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static GapModel.Tests.Generation.GeneratorHarness;

namespace GapModel.Tests.Generation;

/// <summary>What the generator writes for the users' seed document, reviewed as approved files.</summary>
public sealed class GeneratedSourceTests
{
    private const string Code = """
        using GapModel;

        [assembly: AddressesGap(App.Gaps.SelfMod002)]

        namespace App
        {
            [AddressesGap(Gaps.Sovereignty011)]
            public sealed class Consensus
            {
                [AddressesGap(Gaps.Sovereignty011)]
                public void Vote(int round, [AddressesGap("GAP-POLYGLOT-001")] string language) { }
            }

            public sealed class ConsensusTests
            {
                [ValidatesGap(Gaps.Sovereignty011, 2)]
                [ValidatesGap("GAP-SOVEREIGNTY-011", 1)]
                public void ToleratesByzantineFailures() { }
            }
        }
        """;

    [Theory]
    [InlineData("Gaps.g.cs")]
    [InlineData("GapCatalog.g.cs")]
    [InlineData("GapCatalog.AddressedBy.g.cs")]
    public void Seed_output_matches_the_approved_source(string hintName)
    {
        var (result, _) = Run([Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed)], null, Code);

        ApprovedFiles.Verify(Source(result, hintName), "Seed." + hintName.Replace(".g.cs", string.Empty));
    }

    [Fact]
    public void ValidatedBy_lists_the_validating_symbols_by_criterion()
    {
        var (_, output) = Run([Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed)], null, Code);
        var context = new System.Runtime.Loader.AssemblyLoadContext("validated-by", isCollectible: true);
        try
        {
            var catalog = Load(output, context).GetType("App.GapCatalog")!;
            var validatedBy = (System.Collections.Generic.IEnumerable<GapValidation>)catalog.GetMethod("ValidatedBy")!.Invoke(null, ["GAP-SOVEREIGNTY-011"])!;
            Assert.Equal(
                [("App.ConsensusTests.ToleratesByzantineFailures()", 1), ("App.ConsensusTests.ToleratesByzantineFailures()", 2)],
                validatedBy.Select(v => (v.Symbol, v.Criterion)));
            Assert.Empty((System.Collections.Generic.IEnumerable<GapValidation>)catalog.GetMethod("ValidatedBy")!.Invoke(null, ["GAP-NOPE-001"])!);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Seed_output_compiles_without_a_single_diagnostic()
    {
        var (result, output) = Run([Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed)], null, Code);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Info || d.IsWarningAsError));
    }

    [Fact]
    public void A_public_catalog_records_every_gap_as_an_assembly_attribute()
    {
        var (result, output) = Run([Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed)], With(("GapModelVisibility", "public")), Code);

        ApprovedFiles.Verify(Source(result, "GapDefinitions.g.cs"), "Seed.GapDefinitions");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // One literal for the whole catalog: an attribute per gap cost the compiler ~1 ms each.
        var record = Assert.Single(output.Assembly.GetAttributes(), a => a.AttributeClass?.Name == "GapDefinitionsAttribute");
        var gaps = GapModel.Shared.GapDefinitionFormat.Read((string)record.ConstructorArguments[0].Value!);
        Assert.Equal(29, gaps.Count);
        Assert.Equal("GAP-SOVEREIGNTY-011", gaps[0].Id);
        Assert.Equal("App.Gaps.Sovereignty011", gaps[0].Constant);
        Assert.Equal(3, gaps[0].Criteria.Count);
    }
    [Fact]
    public void An_internal_catalog_records_its_gaps_only_for_friends()
    {
        // A test project named in InternalsVisibleTo may use the internal constants, so it must learn the gaps too.
        const string friends = """[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]""";
        var (withFriend, output) = Run([Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed)], null, Code, friends);
        var (alone, _) = Run([Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed)], null, Code);

        ApprovedFiles.Verify(Source(withFriend, "GapDefinitions.g.cs"), "Seed.GapDefinitions");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain(alone.GeneratedTrees, tree => tree.FilePath.EndsWith("GapDefinitions.g.cs", System.StringComparison.Ordinal));
    }
}
