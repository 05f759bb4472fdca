using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Analysis;
using GapModel.Tests.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>
/// <c>dotnet format analyzers --diagnostics GM0001 GM0002</c>, step for step as its <c>AnalyzerFormatter</c> and
/// <c>SolutionCodeFixApplier</c> do it: per ID, analyze again, ask the fix for an action on the first diagnostic of
/// <em>any</em> requested ID, and run its Fix All for the solution with that action's equivalence key.
/// </summary>
public sealed class DotnetFormatFixAllTests
{
    /// <summary>The formatter takes the IDs in no fixed order (a hash set); the trap needs GM0002's turn to come first.</summary>
    [Theory]
    [InlineData("GM0002", "GM0001")]
    [InlineData("GM0001", "GM0002")]
    public async Task Both_rules_are_fixed_in_one_file_in_either_order(string firstId, string secondId)
    {
        var (solution, documentId) = CreateSolution("""
            using GapModel;

            [AddressesGap("GAP-CAHCE-010")]
            class C
            {
                [AddressesGap("GAP-AUTH-002")]
                void M() { }

                [AddressesGap("GAP-AUTH-0001")]
                void N() { }
            }
            """);
        (solution, var keys) = await FormatAsync(solution, documentId, firstId, secondId);

        // The trap itself: going first, the GM0002 pass is handed the GM0001 diagnostic, registers nothing, gets no key.
        Assert.Equal(firstId == "GM0002" ? [null, "GM0001"] : ["GM0001", "GM0002"], keys);
        var text = (await solution.GetDocument(documentId)!.GetTextAsync()).ToString();
        Assert.Equal("""
            using GapModel;

            [AddressesGap("GAP-CACHE-010")]
            class C
            {
                void M() { }

                [AddressesGap("GAP-AUTH-001")]
                void N() { }
            }
            """, text);

        // The define fix is not applied: the gap document is as it was.
        var gaps = solution.GetProject(documentId.ProjectId)!.AdditionalDocuments.Single();
        Assert.Equal(AnalyzerTestHarness.Gaps, (await gaps.GetTextAsync()).ToString());
    }

    /// <summary>GM0001 above GM0006 and GM0007: the pin fixes are handed the GM0001 diagnostic when their turn comes first.</summary>
    [Theory]
    [InlineData("GM0006", "GM0001")]
    [InlineData("GM0001", "GM0006")]
    [InlineData("GM0007", "GM0001")]
    [InlineData("GM0001", "GM0007")]
    public async Task The_pin_fixes_apply_below_a_GM0001_in_either_order(string firstId, string secondId)
    {
        var auth = PinnedGaps.Fingerprint("GAP-AUTH-001");
        var (solution, documentId) = CreateSolution(
            """
            using GapModel;

            [AddressesGap("GAP-AUTH-0001")]
            class C
            {
                [AddressesGap("GAP-AUTH-001", Reviewed = "00000000")]
                void M() { }

                [ValidatesGap("GAP-AUTH-001", 2)]
                void Test() { }
            }
            """,
            PinnedGaps.Text,
            "dotnet_diagnostic.GM0007.severity = warning");
        var pinId = firstId == "GM0001" ? secondId : firstId;

        (solution, var keys) = await FormatAsync(solution, documentId, firstId, secondId);

        // Each pass analyzes again: after GM0001's fix the attribute it corrected is unpinned too, and GM0007 pins it.
        Assert.Equal(firstId == "GM0001" ? ["GM0001", pinId] : [null, "GM0001"], keys);
        var text = (await solution.GetDocument(documentId)!.GetTextAsync()).ToString();
        Assert.Equal(
            $$"""
            using GapModel;

            [AddressesGap("GAP-AUTH-001"{{(pinId == "GM0007" && firstId == "GM0001" ? ", Reviewed = \"" + auth + "\"" : string.Empty)}})]
            class C
            {
                [AddressesGap("GAP-AUTH-001", Reviewed = "{{(pinId == "GM0006" ? auth : "00000000")}}")]
                void M() { }

                [ValidatesGap("GAP-AUTH-001", 2{{(pinId == "GM0007" ? ", Reviewed = \"" + auth + "\"" : string.Empty)}})]
                void Test() { }
            }
            """,
            text);
    }

    /// <summary>
    /// One <c>dotnet format analyzers --diagnostics</c> run over these IDs, one pass per ID in this order; the
    /// equivalence key each pass found.
    /// </summary>
    private static async Task<(Solution Solution, List<string?> Keys)> FormatAsync(Solution solution, DocumentId documentId, params string[] ids)
    {
        var keys = new List<string?>();
        foreach (var id in ids)
        {
            // Every fix of the ID, in turn; GM0001 has two, and the define fix offers no Fix All in solution.
            CodeFixProvider[] fixers = id switch
            {
                "GM0001" => [new UnknownGapFixer(), new DefineGapFixer()],
                "GM0002" => [new ResolvedGapFixer()],
                "GM0006" => [new MarkReviewedFixer()],
                _ => [new PinReviewedFixer()],
            };
            foreach (var fixer in fixers)
            {
                if (fixer.GetFixAllProvider()?.GetSupportedFixAllScopes()?.Contains(FixAllScope.Solution) != true)
                {
                    // "Unable to fix GM0001. Code fix DefineGapFixer doesn't support Fix All in Solution."
                    continue;
                }

                var diagnostics = await AnalyzeAsync(solution.GetProject(documentId.ProjectId)!, ids);
                var first = diagnostics.First();

                CodeAction? action = null;
                var document = solution.GetDocument(first.Location.SourceTree)!;
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
                keys.Add(action?.EquivalenceKey);

                var fixAllContext = new FixAllContext(
                    document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, [id], new Provider(diagnostics), CancellationToken.None);
                var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(fixAllContext);
                Assert.NotNull(fixAll);
                var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
                solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }
        }

        return (solution, keys);
    }

    private static (Solution Solution, DocumentId DocumentId) CreateSolution(string source, string gaps = AnalyzerTestHarness.Gaps, params string[] config)
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
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "gaps.md", SourceText.From(gaps), filePath: AnalyzerTestHarness.GapsPath)
            .AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(AnalyzerTestHarness.GlobalConfig("App", config)), filePath: "/project/.globalconfig");
        return (solution, documentId);
    }

    /// <summary>The requested rules' diagnostics in source order, as the formatter collects them.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, string[] requested)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers([new AddressesGapAnalyzer()], project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => requested.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
