using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static GapModel.Tests.Generation.GeneratorHarness;

namespace GapModel.Tests.Generation;

/// <summary>
/// A team's vocabulary: GapModelStatusResolved, GapModelStatusInProgress, GapModelStatusOpen and GapModelIdPrefixes,
/// read by the generator and by the analyzers alike, and GM2001 for values that cannot be used.
/// </summary>
public sealed class ReadingOptionsTests
{
    private const string TeamDocument = """
        ### GAP-TEAM-001: Shipped one
        **Status:** Shipped

        ### GAP-TEAM-002: Accepted risk
        **Status:** accepted

        ### GAP-TEAM-003: Under review
        **Status:** Under review

        ### GAP-TEAM-004: Parked
        **Status:** Parked (until Q3)
        """;

    [Fact]
    public void Status_words_added_by_the_team_are_read_by_the_generator()
    {
        var (result, output) = Run(
            [Gaps("gaps.md", TeamDocument)],
            With(("GapModelStatusResolved", "Shipped;Accepted"), ("GapModelStatusInProgress", "Under review"), ("GapModelStatusOpen", "Parked")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [("GAP-TEAM-001", GapStatus.Resolved), ("GAP-TEAM-002", GapStatus.Resolved), ("GAP-TEAM-003", GapStatus.InProgress), ("GAP-TEAM-004", GapStatus.Open)],
            Catalog(output).Select(g => (g.Id, g.Status)));
    }

    [Fact]
    public void Commas_separate_words_too_and_the_built_in_words_stay()
    {
        var (_, output) = Run(
            [Gaps("gaps.md", TeamDocument + "\n### GAP-TEAM-005: Done\n**Status:** Done\n")],
            With(("GapModelStatusResolved", " Shipped , Accepted ")));

        Assert.Equal(
            [GapStatus.Resolved, GapStatus.Resolved, GapStatus.Open, GapStatus.Open, GapStatus.Resolved],
            Catalog(output).Select(g => g.Status));
    }

    [Fact]
    public void Without_the_words_the_same_document_is_open_and_reported()
    {
        var document = GapDocumentParser.Parse(TeamDocument);

        Assert.All(document.Gaps, g => Assert.Equal(Generators.Model.GapStatus.Open, g.Status));
        Assert.Equal(4, document.Diagnostics.Count(d => d.Id == DiagnosticIds.UnknownStatus));
    }

    [Fact]
    public void Id_prefixes_let_other_ids_define_gaps_named_from_the_part_after_the_prefix()
    {
        const string text = """
            ### RISK-AUTH-001: Weak passwords
            **Status:** Open

            ## PCI-GAP-7.2 - not an id (dot)
            ## PCI-GAP-REQ-7 — Access Control
            **Status:** Done

            ### GAP-001: Not read: GAP is not among the prefixes
            """;

        var (result, output) = Run([Gaps("gaps.md", text)], With(("GapModelIdPrefixes", "RISK;PCI-GAP")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["RISK-AUTH-001", "PCI-GAP-REQ-7"], Catalog(output).Select(g => g.Id));
        Assert.Equal([("Auth001", "RISK-AUTH-001"), ("Req7", "PCI-GAP-REQ-7")], Constants(output).OrderBy(c => c.Name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_of_two_prefixes_that_would_share_a_constant_name_keep_their_prefixes_apart()
    {
        const string text = """
            ### GAP-AUTH-001: Ours
            ### RISK-AUTH-001: Theirs
            ### RISK-CACHE-002: Alone
            """;

        var (result, output) = Run([Gaps("gaps.md", text)], With(("GapModelIdPrefixes", "GAP,RISK")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([("Auth_001", "GAP-AUTH-001"), ("Cache002", "RISK-CACHE-002"), ("Risk__Auth_001", "RISK-AUTH-001")], Constants(output).OrderBy(c => c.Name, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("GapModelIdPrefixes", "GAP;risk", "The MSBuild property 'GapModelIdPrefixes' has the value 'GAP;risk', which is not valid: 'risk' is not an ID prefix (capital letters and digits, starting with a letter, in hyphen-separated parts, such as 'RISK' or 'PCI-GAP'); it is left out")]
    [InlineData("GapModelIdPrefixes", "9A", "The MSBuild property 'GapModelIdPrefixes' has the value '9A', which is not valid: '9A' is not an ID prefix (capital letters and digits, starting with a letter, in hyphen-separated parts, such as 'RISK' or 'PCI-GAP'); it is left out|The MSBuild property 'GapModelIdPrefixes' has the value '9A', which is not valid: it names no usable prefix; 'GAP' is used")]
    [InlineData("GapModelStatusResolved", "Shipped;Won't fix", "The MSBuild property 'GapModelStatusResolved' has the value 'Shipped;Won't fix', which is not valid: 'Won't fix' is not a status word (letters and digits, words separated by spaces, '-' or '_'); it is left out")]
    [InlineData("GapModelStatusOpen", "Shipped", "The MSBuild property 'GapModelStatusOpen' has the value 'Shipped', which is not valid: 'Shipped' is already a word of GapModelStatusResolved; it is left out here")]
    public void A_bad_value_is_reported_and_the_rest_of_the_list_used(string property, string value, string messages)
    {
        var properties = With(("GapModelStatusResolved", "Shipped"), (property, value));
        var (result, output) = Run([Gaps("gaps.md", "### GAP-TEAM-001: t\n**Status:** Shipped\n### RISK-1: r\n")], properties);

        Assert.Equal(messages.Split('|'), result.Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(result.Diagnostics, d => Assert.Equal(("GM2001", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
        Assert.Equal(GapStatus.Resolved, Catalog(output).First().Status);
    }

    [Fact]
    public void The_parse_cache_keeps_one_parse_per_options_for_the_same_text()
    {
        var text = SourceText.From(TeamDocument);
        var team = new ReadingOptions(GapIdSyntax.DefaultPrefixes, ["Shipped"], [], []);

        var plain = GapFiles.Parse(text, CancellationToken.None);
        var withWords = GapFiles.Parse(text, team, CancellationToken.None);

        Assert.Equal(Generators.Model.GapStatus.Open, plain.Gaps[0].Status);
        Assert.Equal(Generators.Model.GapStatus.Resolved, withWords.Gaps[0].Status);
        Assert.Same(plain, GapFiles.Parse(text, ReadingOptions.Default, CancellationToken.None));
        Assert.Same(withWords, GapFiles.Parse(text, new ReadingOptions(GapIdSyntax.DefaultPrefixes, ["Shipped"], [], []), CancellationToken.None));
    }

    [Fact]
    public void A_document_that_only_holds_another_prefix_is_read_only_when_the_prefix_is_configured()
    {
        var text = SourceText.From(new string('x', 3 * GapIdPrescan.ScanChunkLength) + "\n\n### RISK-1: Late\n");

        Assert.Empty(GapFiles.Parse(text, CancellationToken.None).Gaps);
        Assert.Equal("RISK-1", Assert.Single(GapFiles.Parse(text, new ReadingOptions(["RISK-"], [], [], []), CancellationToken.None).Gaps).Id);
    }

    [Fact]
    public async Task The_analyzers_read_the_same_words_and_prefixes()
    {
        const string gaps = """
            ### RISK-AUTH-001: Weak passwords
            **Status:** Shipped

            ### GAP-CACHE-010: Cache warm-up
            **Status:** Under review
            """;
        const string source = """
            [GapModel.AddressesGap({|#0:"RISK-AUTH-001"|})]
            [GapModel.AddressesGap({|#1:"GAP-CACHE-010"|})]
            [GapModel.AddressesGap({|#2:"RISK-AUTH-999"|})]
            [GapModel.AddressesGap({|#3:"OTHER-1"|})]
            class C { }
            """;
        var config = AnalyzerTestHarness.GlobalConfig(
            "App",
            // MSBuild hands lists over with ',' (GapModel.props): in an analyzer config ';' starts a comment.
            "build_property.GapModelIdPrefixes = GAP,RISK",
            "build_property.GapModelStatusResolved = Shipped",
            "build_property.GapModelStatusInProgress = Under review",
            "dotnet_diagnostic.GM0005.severity = suggestion");
        var test = new AnalyzerTest(source, gaps, config);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0).WithArguments("RISK-AUTH-001", "Weak passwords", "docs/gaps.md:2"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.GapInProgress).WithLocation(1).WithArguments("GAP-CACHE-010", "Cache warm-up"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(2).WithArguments("RISK-AUTH-999", string.Empty));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidGapId).WithLocation(3).WithArguments("OTHER-1"));
        await test.RunAsync();
    }

    private static IReadOnlyList<GapInfo> Catalog(Compilation output)
    {
        var context = new AssemblyLoadContext("reading-options", isCollectible: true);
        try
        {
            var catalog = Load(output, context).GetType("App.GapCatalog")!;
            return ((IReadOnlyList<GapInfo>)catalog.GetProperty("All")!.GetValue(null)!).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<(string Name, string Value)> Constants(Compilation output)
        => output.GetTypeByMetadataName("App.Gaps")!.GetMembers().OfType<IFieldSymbol>().Select(f => (f.Name, (string)f.ConstantValue!)).ToList();
}
