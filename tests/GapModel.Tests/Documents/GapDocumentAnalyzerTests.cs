using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using GapModel.Generators.Analysis;
using GapModel.Tests.Generation;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GapModel.Tests.Documents;

/// <summary>Problems across gap documents, reported where they are in the .md file, as the build prints them.</summary>
public sealed class GapDocumentAnalyzerTests
{
    private static async Task<string[]> Report(params AdditionalText[] files)
    {
        var analyzer = new GapDocumentAnalyzer();
        var options = new AnalyzerOptions([.. files], GeneratorHarness.Options());
        var diagnostics = await GeneratorHarness.CreateCompilation("class C { }")
            .WithAnalyzers([analyzer], options)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public async Task Ids_whose_constant_names_collide_are_reported_at_each_entry()
    {
        var report = await Report(GeneratorHarness.Gaps("gaps.md", "### GAP-SELF-MOD-010: One\n\n### GAP-SELFMOD-010: Two\n"));

        Assert.Equal(
            [
                "/src/App/gaps.md(1,5): GM1007: Gap 'GAP-SELF-MOD-010' would get the constant name 'SelfMod010', as would 'GAP-SELFMOD-010'; its constant is named 'Self_Mod_010' instead",
                "/src/App/gaps.md(3,5): GM1007: Gap 'GAP-SELFMOD-010' would get the constant name 'Selfmod010', as would 'GAP-SELF-MOD-010'; its constant is named 'Selfmod_010' instead",
            ],
            report);
    }

    [Fact]
    public async Task An_id_defined_again_in_a_later_document_is_reported_there()
    {
        var report = await Report(
            GeneratorHarness.Gaps("b/later.md", "# Later\n\n**GAP-AUTH-001: Again**\n- **Status:** OPEN\n"),
            GeneratorHarness.Gaps("a/first.md", "### GAP-AUTH-001: First\n"));

        Assert.Equal(["/src/App/b/later.md(3,3): GM1001: Gap 'GAP-AUTH-001' is already defined at a/first.md:1; this definition is ignored"], report);
    }

    [Fact]
    public async Task The_seed_reports_only_information_at_the_lines_of_the_values()
    {
        var report = await Report(GeneratorHarness.Gaps("docs/phase2-gap-analysis.md", Fixtures.Seed));

        Assert.All(report, line => Assert.Matches(@"^/src/App/docs/phase2-gap-analysis\.md\(\d+,\d+\): GM100[25]: ", line));
        Assert.Contains("/src/App/docs/phase2-gap-analysis.md(447,1): GM1005: The document declares 191 gaps but defines 29", report);
    }
}
