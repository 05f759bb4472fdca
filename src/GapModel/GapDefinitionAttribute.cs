using System;
using System.ComponentModel;

namespace GapModel;

/// <summary>
/// Records, in the metadata of an assembly built with GapModel and <c>GapModelVisibility=public</c>, one gap its
/// gap documents define. The GapModel analyzer of every project that references the assembly reads these, so code
/// there can address the gaps of a shared catalog project. Emitted by the generator; not meant to be written by hand.
/// </summary>
/// <remarks>
/// Status, title and position are read from the referenced assembly at each build of the referencing project,
/// so a gap resolved in the catalog project is seen as resolved everywhere after that project is rebuilt.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GapDefinitionAttribute : Attribute
{
    /// <summary>Records one gap.</summary>
    /// <param name="id">The gap ID, such as <c>GAP-SOVEREIGNTY-011</c>.</param>
    /// <param name="title">The gap's title.</param>
    /// <param name="status">The gap's status.</param>
    /// <param name="sourcePath">The gap document, relative to the defining project.</param>
    /// <param name="line">The 1-based line of the gap's entry in <paramref name="sourcePath"/>.</param>
    public GapDefinitionAttribute(string id, string title, GapStatus status, string sourcePath, int line)
    {
        Id = id;
        Title = title;
        Status = status;
        SourcePath = sourcePath;
        Line = line;
    }

    /// <summary>The gap ID.</summary>
    public string Id { get; }

    /// <summary>The gap's title.</summary>
    public string Title { get; }

    /// <summary>The gap's status.</summary>
    public GapStatus Status { get; }

    /// <summary>The gap document, relative to the defining project, with <c>/</c> separators.</summary>
    public string SourcePath { get; }

    /// <summary>The 1-based line of the gap's entry.</summary>
    public int Line { get; }

    /// <summary>The 1-based line of the gap's status field, or 0 when it has none.</summary>
    public int StatusLine { get; set; }

    /// <summary>The full name of the gap's generated constant, such as <c>Catalog.Gaps.Sovereignty011</c>.</summary>
    public string? Constant { get; set; }

    /// <summary>The gap's priority, which the coverage policy of a referencing project (GapModelCoverage) selects by.</summary>
    public GapPriority Priority { get; set; }

    /// <summary>The gap's fingerprint (8 lower-case hex digits), which <c>Reviewed</c> pins compare against.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>The text of each validation criterion, in order; <c>[ValidatesGap]</c> numbers them from 1.</summary>
    public string[]? Criteria { get; set; }
}
