using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Parsing;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>GM0001's second fix: "Add GAP-X to docs/….md" appends a stub entry to the gap document nearest by prefix.</summary>
public sealed class DefineGapFixerTests
{
    private const string AuthPath = "/project/docs/auth.md";
    private const string CachePath = "/project/docs/cache.md";

    private const string Auth = """
        # Authentication gaps

        ### GAP-AUTH-001: Token refresh
        **Status:** OPEN

        """;

    private const string Cache = """
        # Cache gaps

        ### GAP-CACHE-001: Cache warm-up
        **Status:** OPEN

        """;

    private static string Stub(string id, string hashes = "###", string newLine = "\n")
        => hashes + " " + id + ": TODO: describe the gap" + newLine
            + "**Classification:**" + newLine
            + "**Systems Affected:**" + newLine
            + "**Status:** OPEN" + newLine;

    private static DiagnosticResult Unknown(int location, string id, string? suggestion = null)
        => new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(location)
            .WithArguments(id, suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?");

    /// <summary>A test of the define fix alone with these gap documents (path, text) before and after.</summary>
    private static CodeFixTest<DefineGapFixer> Test(string source, (string Path, string Text)[] before, (string Path, string Text)[] after, string? title = null, string? globalConfig = null)
    {
        var test = new CodeFixTest<DefineGapFixer>(source, source, globalConfig, gaps: null!);
        test.TestState.AdditionalFiles.AddRange(before.Select(f => (f.Path, SourceText.From(f.Text))));
        test.FixedState.AdditionalFiles.AddRange(after.Select(f => (f.Path, SourceText.From(f.Text))));
        test.CodeActionEquivalenceKey = DefineGapFixer.EquivalenceKey;
        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        // No Fix All on purpose (see DefineGapFixer): there is none to check.
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck;
        return test;
    }

    [Theory]
    [InlineData("GAP-CACHE-002", CachePath, "docs/cache.md")] // shares GAP-CACHE with cache.md, only GAP with auth.md
    [InlineData("GAP-AUTH-003", AuthPath, "docs/auth.md")]
    [InlineData("GAP-BILLING-001", AuthPath, "docs/auth.md")] // shares GAP with both: the first by path
    public async Task The_stub_goes_to_the_document_with_the_nearest_IDs(string id, string expectedPath, string title)
    {
        var test = Test(
            $$"""[GapModel.AddressesGap({|#0:"{{id}}"|})] class C { }""",
            [(AuthPath, Auth), (CachePath, Cache)],
            [(AuthPath, expectedPath == AuthPath ? Auth + "\n" + Stub(id) : Auth), (CachePath, expectedPath == CachePath ? Cache + "\n" + Stub(id) : Cache)],
            "Add " + id + " to " + title);
        test.ExpectedDiagnostics.Add(Unknown(0, id, id switch
        {
            "GAP-CACHE-002" => "GAP-CACHE-001",
            "GAP-AUTH-003" => "GAP-AUTH-001",
            _ => null,
        }));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_constant_argument_is_read_through_its_value()
    {
        var test = Test(
            """
            static class Ids { public const string Sso = "GAP-AUTH-" + "SSO"; }
            [GapModel.AddressesGap({|#0:Ids.Sso|})] class C { }
            """,
            [(AuthPath, Auth)],
            [(AuthPath, Auth + "\n" + Stub("GAP-AUTH-SSO"))],
            "Add GAP-AUTH-SSO to docs/auth.md");
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-AUTH-SSO"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_ID_under_a_configured_prefix_is_offered_and_placed_by_its_segments()
    {
        const string risks = "### RISK-DATA-001: Backups untested\n**Status:** OPEN\n";
        var test = Test(
            """[GapModel.AddressesGap({|#0:"RISK-DATA-002"|})] class C { }""",
            [(AuthPath, Auth), ("/project/docs/risks.md", risks)],
            [(AuthPath, Auth), ("/project/docs/risks.md", risks + "\n" + Stub("RISK-DATA-002"))],
            "Add RISK-DATA-002 to docs/risks.md",
            AnalyzerTestHarness.GlobalConfig("App", "build_property.GapModelIdPrefixes = GAP,RISK"));
        test.ExpectedDiagnostics.Add(Unknown(0, "RISK-DATA-002", "RISK-DATA-001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Line_ends_and_the_missing_final_line_end_are_kept_in_the_documents_style()
    {
        var crlf = Auth.Replace("\n", "\r\n").TrimEnd('\r', '\n');
        var test = Test(
            """[GapModel.AddressesGap({|#0:"GAP-SSO-001"|})] class C { }""",
            [(AuthPath, crlf)],
            [(AuthPath, crlf + "\r\n\r\n" + Stub("GAP-SSO-001", newLine: "\r\n"))]);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-SSO-001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task One_blank_line_before_the_stub_however_the_document_ends()
    {
        var test = Test(
            """[GapModel.AddressesGap({|#0:"GAP-SSO-001"|})] class C { }""",
            [(AuthPath, Auth.TrimEnd('\n') + "\n"), (CachePath, Cache + "\n\n")],
            [(AuthPath, Auth.TrimEnd('\n') + "\n\n" + Stub("GAP-SSO-001")), (CachePath, Cache + "\n\n")]);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-SSO-001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_heading_level_is_the_one_the_documents_entries_use()
    {
        const string document = """
            # Gaps

            ## GAP-AUTH-001: Token refresh
            **Status:** OPEN

            **GAP-AUTH-002: A bold entry**
            - **Status:** OPEN

            ## GAP-AUTH-004: Session expiry
            **Status:** OPEN

            ---
            **Total Gaps Identified:** 3
            """;
        var test = Test(
            """[GapModel.AddressesGap({|#0:"GAP-AUTH-SSO-1"|})] class C { }""",
            [(AuthPath, document)],
            [(AuthPath, document + "\n\n" + Stub("GAP-AUTH-SSO-1", "##"))]);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-AUTH-SSO-1"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_document_of_bold_entries_gets_a_level_3_heading()
    {
        const string document = """
            **GAP-AUTH-001: Token refresh**
            - **Status:** OPEN

            """;
        var test = Test(
            """[GapModel.AddressesGap({|#0:"GAP-SSO-001"|})] class C { }""",
            [(AuthPath, document)],
            [(AuthPath, document + "\n" + Stub("GAP-SSO-001"))]);
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-SSO-001"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("gap-auth-001", "GAP-AUTH-001")] // not an ID, though GM0001 for its suggestion
    [InlineData("GAP-AUTH-00l", "GAP-AUTH-001")]
    public async Task No_fix_when_the_argument_is_not_a_valid_ID(string id, string suggestion)
    {
        var test = Test($$"""[GapModel.AddressesGap({|#0:"{{id}}"|})] class C { }""", [(AuthPath, Auth)], [(AuthPath, Auth)]);
        test.ExpectedDiagnostics.Add(Unknown(0, id, suggestion));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_fix_without_a_gap_document_that_defines_a_gap()
    {
        // A README and a gap document left out with GapModel="false" are no place for a gap; a .txt file neither.
        const string readme = "# Read me\n\nNo gaps here.\n";
        (string, string)[] files = [("/project/README.md", readme), ("/project/notes/old.md", Auth), ("/project/docs/gaps.txt", Auth)];
        var test = Test("""[GapModel.AddressesGap({|#0:"GAP-SSO-001"|})] class C { }""", files, files);
        test.TestState.AnalyzerConfigFiles.Add(("/project/notes/.globalconfig", "is_global = true\n\n[/project/notes/old.md]\nbuild_metadata.AdditionalFiles.GapModel = false\n"));
        test.ExpectedDiagnostics.Add(Unknown(0, "GAP-SSO-001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_stub_reads_as_an_open_gap_without_diagnostics()
    {
        var spec = GapDocumentParser.Parse(Auth + "\n" + Stub("GAP-AUTH-002"), CancellationToken.None);

        Assert.Empty(spec.Diagnostics);
        var gap = spec.Gaps.Single(g => g.Id == "GAP-AUTH-002");
        Assert.Equal("TODO: describe the gap", gap.Title);
        Assert.Equal(Generators.Model.GapStatus.Open, gap.Status);
        Assert.Equal(["Classification", "Systems Affected", "Status"], gap.Fields.Select(f => f.Name));
    }

    [Fact]
    public void There_is_no_Fix_All_so_dotnet_format_leaves_it_alone()
        => Assert.Null(new DefineGapFixer().GetFixAllProvider());

    [Fact]
    public async Task The_did_you_mean_fix_is_still_offered_first_with_its_own_key()
    {
        var (project, document) = CreateProject("""
            [GapModel.AddressesGap("GAP-AUTH-0001")]
            [GapModel.AddressesGap("GAP-AUTH-001")]
            class C { }
            """);
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostic = (await compilation.WithAnalyzers([new AddressesGapAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync())
            .Single(d => d.Id == DiagnosticIds.UnknownGap);

        var actions = new List<CodeAction>();
        foreach (CodeFixProvider fixer in new CodeFixProvider[] { new UnknownGapFixer(), new DefineGapFixer() })
        {
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        }

        Assert.Equal(["Use 'GAP-AUTH-001'", "Add GAP-AUTH-0001 to docs/gaps.md"], actions.Select(a => a.Title));
        Assert.Equal(["GM0001", "GM0001.Define"], actions.Select(a => a.EquivalenceKey));
        var applied = (await actions[1].GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var gaps = applied.GetProject(project.Id)!.AdditionalDocuments.Single();
        Assert.Equal(AnalyzerTestHarness.Gaps + "\n" + Stub("GAP-AUTH-0001"), (await gaps.GetTextAsync()).ToString());
        Assert.Equal(await document.GetTextAsync(), await applied.GetDocument(document.Id)!.GetTextAsync());
    }

    private static (Project Project, Document Document) CreateProject(string source)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                filePath: "/project/App.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                metadataReferences: Basic.Reference.Assemblies.Net80.References.All.Append(AnalyzerTestHarness.GapModelReference)))
            .AddDocument(documentId, "C.cs", SourceText.From(source), filePath: "/project/C.cs")
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "gaps.md", SourceText.From(AnalyzerTestHarness.Gaps), filePath: AnalyzerTestHarness.GapsPath)
            .AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(AnalyzerTestHarness.GlobalConfig()), filePath: "/project/.globalconfig");
        return (solution.GetProject(projectId)!, solution.GetDocument(documentId)!);
    }
}
