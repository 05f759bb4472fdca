using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
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
        var index = GapIndex.Create(GapFiles.ReadAll(context.Options, context.CancellationToken));
        var projectDirectory = GapFiles.ProjectDirectory(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var duplicatesByPath = index.CrossDocumentDuplicates.ToLookup(d => d.Duplicate.Path);

        context.RegisterAdditionalFileAction(fileContext =>
        {
            var file = fileContext.AdditionalFile;
            if (!GapFiles.IsGapDocument(file, fileContext.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            var text = file.GetText(fileContext.CancellationToken);
            var document = text is null ? GapFiles.Read(file, fileContext.CancellationToken).Document : GapFiles.Parse(text, fileContext.CancellationToken);
            foreach (var diagnostic in document.Diagnostics)
            {
                var args = diagnostic.MessageArgs.Cast<object>().ToArray();
                fileContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(diagnostic.Id), Locate(file.Path, text, diagnostic.Position), args));
            }

            foreach (var duplicate in duplicatesByPath[file.Path])
            {
                var first = duplicate.First;
                var where = GapFiles.RelativePath(first.Path, projectDirectory) + ":" + first.Gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture);
                fileContext.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateGapId,
                    Locate(file.Path, text, duplicate.Duplicate.Gap.Position),
                    duplicate.Duplicate.Gap.Id,
                    where));
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
