using System.Collections.Generic;
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
        // Shared with AddressesGapAnalyzer and kept across compilations while the gap files' texts are unchanged.
        var local = LocalGaps.Read(context.Options, context.CancellationToken);
        var index = local.Index;
        var projectDirectory = ProjectOptions.ReadProjectDirectory(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var duplicatesByPath = index.CrossDocumentDuplicates.ToLookup(d => d.Duplicate.Path);
        var collisionsByPath = NameCollisions(local).ToLookup(c => c.Definition.Path);

        context.RegisterAdditionalFileAction(fileContext =>
        {
            var file = fileContext.AdditionalFile;
            if (!GapFiles.IsGapDocument(file, fileContext.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            var text = file.GetText(fileContext.CancellationToken);
            var document = text is null ? GapFiles.Read(file, local.Reading, fileContext.CancellationToken).Document : GapFiles.Parse(text, local.Reading, fileContext.CancellationToken);
            foreach (var diagnostic in document.Diagnostics)
            {
                var args = diagnostic.MessageArgs.Cast<object>().ToArray();
                fileContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(diagnostic.Id), Locate(file.Path, text, diagnostic.Position), args));
            }

            foreach (var duplicate in duplicatesByPath[file.Path])
            {
                var first = duplicate.First;
                var where = ProjectPaths.RelativePath(first.Path, projectDirectory) + ":" + first.Gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture);
                fileContext.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateGapId,
                    Locate(file.Path, text, duplicate.Duplicate.Gap.Position),
                    duplicate.Duplicate.Gap.Id,
                    where));
            }

            foreach (var collision in collisionsByPath[file.Path])
            {
                var gap = collision.Definition.Gap;
                fileContext.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ConstantNameCollision,
                    Locate(file.Path, text, gap.Position),
                    gap.Id,
                    ConstantNames.Simple(gap.Id, local.Reading.IdPrefixes),
                    string.Join(", ", collision.Others.Select(id => "'" + id + "'")),
                    collision.AssignedName));
            }
        });
    }

    /// <summary>Every gap whose constant name had to change because another ID maps to the same name.</summary>
    private static IEnumerable<NameCollision> NameCollisions(LocalGaps local)
    {
        var names = local.ConstantNames;
        foreach (var group in ConstantNames.Collisions(names.Keys, local.Reading.IdPrefixes))
        {
            foreach (var id in group)
            {
                if (local.Index.TryGet(id, out var definition))
                {
                    yield return new NameCollision(definition, group.Where(other => other != id).ToList(), names[id]);
                }
            }
        }
    }

    private sealed record NameCollision(GapDefinition Definition, IReadOnlyList<string> Others, string AssignedName);

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
