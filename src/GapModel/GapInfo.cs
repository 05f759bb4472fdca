using System;
using System.Collections.Generic;

namespace GapModel;

/// <summary>
/// Everything a gap document says about one gap. Instances are created by the generated <c>GapCatalog</c>;
/// the fields are in document order and nothing that was written is dropped.
/// </summary>
public sealed class GapInfo
{
    private static readonly GapChecklistItem[] NoItems = new GapChecklistItem[0];

    /// <summary>Creates the record of one gap, with no fingerprint.</summary>
    public GapInfo(
        string id,
        string title,
        GapStatus status,
        string statusText,
        GapPriority priority,
        string priorityText,
        GapType type,
        string typeText,
        GapScope scope,
        string scopeText,
        IReadOnlyList<string> systemsAffected,
        IReadOnlyList<GapField> fields,
        string sourcePath,
        int line)
        : this(id, title, status, statusText, priority, priorityText, type, typeText, scope, scopeText, systemsAffected, fields, sourcePath, line, string.Empty)
    {
    }

    /// <summary>Creates the record of one gap; called by generated code.</summary>
    public GapInfo(
        string id,
        string title,
        GapStatus status,
        string statusText,
        GapPriority priority,
        string priorityText,
        GapType type,
        string typeText,
        GapScope scope,
        string scopeText,
        IReadOnlyList<string> systemsAffected,
        IReadOnlyList<GapField> fields,
        string sourcePath,
        int line,
        string fingerprint)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? string.Empty;
        Status = status;
        StatusText = statusText ?? string.Empty;
        Priority = priority;
        PriorityText = priorityText ?? string.Empty;
        Type = type;
        TypeText = typeText ?? string.Empty;
        Scope = scope;
        ScopeText = scopeText ?? string.Empty;
        SystemsAffected = systemsAffected ?? Array.Empty<string>();
        Fields = fields ?? Array.Empty<GapField>();
        SourcePath = sourcePath ?? string.Empty;
        Line = line;
        Fingerprint = fingerprint ?? string.Empty;
    }

    /// <summary>The gap ID, such as <c>GAP-SOVEREIGNTY-011</c>.</summary>
    public string Id { get; }

    /// <summary>The title: the text after <c>ID:</c>, emphasis removed, code spans and inline HTML as written.</summary>
    public string Title { get; }

    /// <summary>The status; <see cref="GapStatus.Open"/> when the entry has no status line.</summary>
    public GapStatus Status { get; }

    /// <summary>The status as written (empty when there is no status line).</summary>
    public string StatusText { get; }

    /// <summary>The priority, decided by the P-number of <see cref="PriorityText"/>.</summary>
    public GapPriority Priority { get; }

    /// <summary>The priority as written, from <c>**Priority:**</c> or the classification (<c>P0-CRITICAL</c>, <c>Critical (P1)</c>).</summary>
    public string PriorityText { get; }

    /// <summary>The type, the first part of the classification.</summary>
    public GapType Type { get; }

    /// <summary>The type as written (<c>ARCHITECTURAL</c>, <c>Architecture</c>, <c>Reliability</c>, ...).</summary>
    public string TypeText { get; }

    /// <summary>The scope, the third part of the classification.</summary>
    public GapScope Scope { get; }

    /// <summary>The scope as written (<c>CROSS-CUTTING</c>, <c>Strategic</c>, ...).</summary>
    public string ScopeText { get; }

    /// <summary>The systems affected, split on commas, in the order written.</summary>
    public IReadOnlyList<string> SystemsAffected { get; }

    /// <summary>Every field of the entry by name, in document order, including those exposed as properties.</summary>
    public IReadOnlyList<GapField> Fields { get; }

    /// <summary>The gap document that defines the gap, relative to the project where possible, with <c>/</c> separators.</summary>
    public string SourcePath { get; }

    /// <summary>The 1-based line of the entry's title in <see cref="SourcePath"/>.</summary>
    public int Line { get; }

    /// <summary>
    /// The gap's fingerprint: 8 lower-case hex digits that change when its title or any field but its status
    /// changes (docs/format.md, "Fingerprints"). <c>Reviewed = "…"</c> on <see cref="AddressesGapAttribute"/> and
    /// <see cref="ValidatesGapAttribute"/> pins it.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The <c>Use Case</c> field, or empty.</summary>
    public string UseCase => GetField("Use Case")?.Value ?? string.Empty;

    /// <summary>The <c>Problem Description</c> (or <c>Description</c>) field, or empty.</summary>
    public string Description => (GetField("Problem Description") ?? GetField("Description"))?.Value ?? string.Empty;

    /// <summary>The checklist of the <c>Proposed Resolution</c> field.</summary>
    public IReadOnlyList<GapChecklistItem> ProposedResolution => GetField("Proposed Resolution")?.Items ?? NoItems;

    /// <summary>
    /// The validation criteria: the checklist of the first <c>Validation Criteria</c> field, nested items included, in
    /// document order. <see cref="ValidatesGapAttribute"/> numbers them from 1.
    /// </summary>
    public IReadOnlyList<GapChecklistItem> ValidationCriteria => GetField("Validation Criteria")?.Items ?? NoItems;

    /// <summary>The first field with the given name (compared case-insensitively), or <see langword="null"/>.</summary>
    public GapField? GetField(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Title.Length == 0 ? Id : Id + ": " + Title;
}
