using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GapModel.Shared;

namespace GapModel.Report;

/// <summary>A link as the report shows it: where it is written, its pin, and whether the gap changed since.</summary>
internal sealed record LinkView(string Symbol, string Project, string Path, int Line, string? Href, string? Reviewed, bool Suspect);

/// <summary>One validation criterion and the code that validates it.</summary>
internal sealed record CriterionView(int Number, string Text, IReadOnlyList<LinkView> ValidatedBy);

/// <summary>One gap the project sees, with everything linked to it.</summary>
internal sealed record GapView(
    string Id,
    string Title,
    string Status,
    string Priority,
    string Fingerprint,
    string Project,
    string Path,
    int Line,
    string? Href,
    IReadOnlyList<LinkView> AddressedBy,
    IReadOnlyList<CriterionView> Criteria)
{
    /// <summary>Not resolved, and no <c>[AddressesGap]</c> names it.</summary>
    public bool Uncovered => Status != "Resolved" && AddressedBy.Count == 0;
}

/// <summary>
/// Every gap a project sees (its own, then the catalogs of its references it may use, the first definition of an ID
/// standing, as the analyzer decides) with the links of the project and of every referenced assembly built with
/// GapModel. Ordered as the documents are: deterministic for the same build.
/// </summary>
internal sealed record TraceReport(string Project, IReadOnlyList<GapView> Gaps)
{
    private static readonly string[] StatusNames = ["Open", "InProgress", "Resolved"];
    private static readonly string[] PriorityNames = ["Unspecified", "P0", "P1", "P2", "P3"];

    public IEnumerable<(GapView Gap, LinkView Link)> SuspectReferences
        => Gaps.SelectMany(g => g.AddressedBy.Concat(g.Criteria.SelectMany(c => c.ValidatedBy)).Where(l => l.Suspect).Select(l => (g, l)));

    public static TraceReport Build(Request request)
    {
        var own = AssemblyFacts.Read(request.Assembly) ?? throw new InvalidOperationException(request.Assembly + " is not an assembly built with GapModel");
        var references = request.References.Select(AssemblyFacts.Read).OfType<AssemblyFacts>().Where(r => r.Name != own.Name).ToList();
        var directories = new Dictionary<string, string>(request.ProjectDirectories, StringComparer.OrdinalIgnoreCase) { [own.Name] = request.ProjectDirectory };

        var definitions = new List<(Definition Definition, string Project)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (assembly, isOwn) in new[] { (own, true) }.Concat(references.Select(r => (r, false))))
        {
            if (!isOwn && !Visible(assembly, own.Name))
            {
                continue;
            }

            foreach (var definition in assembly.Definitions)
            {
                if (seen.Add(definition.Id))
                {
                    definitions.Add((definition, assembly.Name));
                }
            }
        }

        var links = new[] { own }.Concat(references).SelectMany(a => a.Links.Select(l => (Link: l, Project: a.Name))).ToList();
        var gaps = definitions.Select(d => View(d.Definition, d.Project, links, directories, request.OutputDirectory)).ToList();
        return new TraceReport(own.Name, gaps);
    }

    /// <summary>A catalog counts where its constants can be used: public, or internal to a friend; one that names no constant counts as public.</summary>
    private static bool Visible(AssemblyFacts catalog, string project)
        => catalog.Friends.Contains(project)
            || catalog.Definitions.FirstOrDefault()?.Constant is not { } constant
            || constant.LastIndexOf('.') is var dot and > 0 && catalog.IsPublicType(constant.Substring(0, dot).Replace("@", string.Empty));

    private static GapView View(Definition gap, string project, List<(GapLinkRecord Link, string Project)> links, IReadOnlyDictionary<string, string> directories, string output)
    {
        LinkView Show((GapLinkRecord Link, string Project) l) => new(
            l.Link.Symbol,
            l.Project,
            l.Link.Path,
            l.Link.Line,
            Href(directories, l.Project, l.Link.Path, l.Link.Line, output),
            l.Link.Pin,
            l.Link.Pin is not null && gap.Fingerprint.Length > 0 && !string.Equals(l.Link.Pin, gap.Fingerprint, StringComparison.OrdinalIgnoreCase));

        var ofGap = links.Where(l => l.Link.GapId == gap.Id).ToList();
        var addressedBy = ofGap.Where(l => !l.Link.Validates).OrderBy(l => l.Link.Symbol, StringComparer.Ordinal).ThenBy(l => l.Project, StringComparer.Ordinal).Select(Show).ToList();
        var criteria = gap.Criteria.Select((text, i) => new CriterionView(
            i + 1,
            text,
            ofGap.Where(l => l.Link.Validates && l.Link.Criterion == i + 1).OrderBy(l => l.Link.Symbol, StringComparer.Ordinal).ThenBy(l => l.Project, StringComparer.Ordinal).Select(Show).ToList())).ToList();
        return new GapView(
            gap.Id,
            gap.Title,
            gap.Status >= 0 && gap.Status < StatusNames.Length ? StatusNames[gap.Status] : "Open",
            gap.Priority >= 0 && gap.Priority < PriorityNames.Length ? PriorityNames[gap.Priority] : "Unspecified",
            gap.Fingerprint,
            project,
            gap.SourcePath,
            gap.Line,
            Href(directories, project, gap.SourcePath, gap.Line, output),
            addressedBy,
            criteria);
    }

    /// <summary>A link relative to the report's folder, to a file of a project whose folder is known (not one from a package).</summary>
    private static string? Href(IReadOnlyDictionary<string, string> directories, string project, string path, int line, string output)
    {
        if (path.Length == 0 || !directories.TryGetValue(project, out var directory) || directory.Length == 0)
        {
            return null;
        }

        var file = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, path));
        var relative = System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(output), file).Replace('\\', '/');
        var escaped = string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));
        return line > 0 ? escaped + "#L" + line : escaped;
    }
}
