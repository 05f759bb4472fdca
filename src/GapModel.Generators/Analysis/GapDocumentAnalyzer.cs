using System.Collections.Immutable;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Reports the problems of the gap documents (GM1xxx) at their line in the <c>.md</c> file. An analyzer, not the
/// generator, reports them: generator diagnostics in additional files do not refresh in the IDE.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GapDocumentAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.DocumentRules;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Shared with the other analyzers and kept across compilations while the gap files' texts are unchanged.
        var gaps = LocalGaps.Read(context.Options, context.CancellationToken);
        var duplicatesByPath = gaps.Index.CrossDocumentDuplicates.ToLookup(d => d.Duplicate.Path);
        var collisionsByPath = gaps.NameCollisions.ToLookup(c => c.Definition.Path);

        context.RegisterAdditionalFileAction(fileContext =>
        {
            // The project's gap documents are the ones LocalGaps read: any other file is none.
            var file = fileContext.AdditionalFile;
            if (!gaps.Index.TryGetFile(file.Path, out var read))
            {
                return;
            }

            var text = file.GetText(fileContext.CancellationToken);
            foreach (var diagnostic in read.Document.Diagnostics)
            {
                fileContext.ReportDiagnostic(DocumentDiagnostics.ToDiagnostic(diagnostic, Locate(file.Path, text, diagnostic.Position)));
            }

            foreach (var duplicate in duplicatesByPath[file.Path])
            {
                var first = duplicate.First;
                var gap = duplicate.Duplicate.Gap;
                fileContext.ReportDiagnostic(DocumentDiagnostics.ToDiagnostic(
                    DocumentDiagnostics.DuplicateGapId(gap.Id, gaps.SourcePath(first.Path), first.Gap.Position.DisplayLine, gap.Position),
                    Locate(file.Path, text, gap.Position)));
            }

            foreach (var collision in collisionsByPath[file.Path])
            {
                var gap = collision.Definition.Gap;
                fileContext.ReportDiagnostic(DocumentDiagnostics.ToDiagnostic(
                    DocumentDiagnostics.ConstantNameCollision(gap.Id, collision.SimpleName, collision.Others, collision.AssignedName, gap.Position),
                    Locate(file.Path, text, gap.Position)));
            }
        });
    }

    private static Location Locate(string path, SourceText? text, SourcePosition position)
    {
        if (text is null || position.Offset + position.Length > text.Length)
        {
            return Location.Create(path, default, new LinePositionSpan(default, default));
        }

        var span = new TextSpan(position.Offset, position.Length);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
