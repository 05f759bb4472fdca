using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Analysis;

/// <summary>
/// What nothing covers, reported where the gap is written (column 1 of its entry's line): GM1008 a gap the policy
/// (<c>GapModelCoverage</c>) selects that no <c>[AddressesGap]</c> addresses, GM1009 a resolved gap with criteria no
/// <c>[ValidatesGap]</c> validates. Links count from this compilation and every referenced assembly built with
/// GapModel, so the project that sees the whole picture (a test project referencing the app and the catalog) judges
/// the whole picture. Compilation-end rules: the IDE runs them in full-solution analysis, the build always.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CoverageAnalyzer : DiagnosticAnalyzer
{
    internal const string ReferencedProjectsProperty = "build_property.GapModelReferencedProjects";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.CoverageRules;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext end)
    {
        // Off by default: a project without a policy pays for reading one property.
        var globalOptions = end.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var policy = ProjectOptions.ReadCoverage(globalOptions, problems: null);
        if (policy.IsEmpty)
        {
            return;
        }

        var cancellationToken = end.CancellationToken;
        var known = new KnownGaps(
            end.Compilation,
            LocalGaps.Read(end.Options, cancellationToken),
            constantsNamespace: null);
        var links = LinkRecords.Collect(end.Compilation, cancellationToken);

        foreach (var (gap, definition) in known.Local)
        {
            var line = definition.Gap.Position.Line;
            var lineStart = definition.Gap.Position.Offset - definition.Gap.Position.Column;
            Judge(gap, policy, links, Location.Create(definition.Path, new TextSpan(Math.Max(0, lineStart), 0), new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, 0))), end.ReportDiagnostic);
        }

        var projects = ReferencedProjects(globalOptions);
        foreach (var gap in known.ReferencedOnly(cancellationToken).OrderBy(g => g.Id, StringComparer.Ordinal))
        {
            Judge(gap, policy, links, Locate(gap, projects), end.ReportDiagnostic);
        }
    }

    private static void Judge(KnownGap gap, CoveragePolicy policy, LinkRecords links, Location location, Action<Diagnostic> report)
    {
        if (!policy.Includes(gap.Priority, gap.Status))
        {
            return;
        }

        if (gap.Status != GapStatus.Resolved)
        {
            if (!links.IsAddressed(gap.Id))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.UnaddressedGap, location, gap.Id, gap.Title));
            }

            return;
        }

        var uncovered = Enumerable.Range(1, gap.Criteria.Count).Where(k => !links.IsValidated(gap.Id, k)).ToList();
        if (uncovered.Count > 0)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnvalidatedCriteria, location, gap.Id, gap.Title, string.Join(", ", uncovered.Select(k => k.ToString(CultureInfo.InvariantCulture)))));
        }
    }

    /// <summary>A referenced catalog's gap at its line in that project's document, when the project's folder is known.</summary>
    private static Location Locate(KnownGap gap, IReadOnlyDictionary<string, string> projects)
    {
        if (gap.Assembly is null || !projects.TryGetValue(gap.Assembly.Name, out var folder) || gap.SourcePath.Length == 0 || gap.Line < 1)
        {
            return Location.None;
        }

        var path = Path.GetFullPath(Path.Combine(folder, gap.SourcePath));
        var position = new LinePosition(gap.Line - 1, 0);
        return Location.Create(path, default, new LinePositionSpan(position, position));
    }

    /// <summary>Assembly name to project folder, as GapModel.targets passes them (<c>Name=folder|Name=folder</c>).</summary>
    private static IReadOnlyDictionary<string, string> ReferencedProjects(AnalyzerConfigOptions globalOptions)
    {
        var projects = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (globalOptions.TryGetValue(ReferencedProjectsProperty, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            foreach (var entry in value.Split('|'))
            {
                var equals = entry.IndexOf('=');
                if (equals > 0 && equals < entry.Length - 1)
                {
                    projects[entry.Substring(0, equals).Trim()] = entry.Substring(equals + 1).Trim();
                }
            }
        }

        return projects;
    }
}
