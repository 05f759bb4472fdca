using System;
using System.Collections.Generic;
using GapModel.Shared;

namespace GapModel;

/// <summary>
/// Everything a gap document says about one gap. Instances are created by the generated <c>GapCatalog</c>;
/// the fields are in document order and nothing that was written is dropped.
/// </summary>
public sealed class GapInfo
{
    private static readonly GapChecklistItem[] NoItems = new GapChecklistItem[0];

    private readonly int[] _kinds;
    private readonly string[] _texts;

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
        : this(id, title, new[] { (int)status, (int)priority, (int)type, (int)scope }, new[] { statusText, priorityText, typeText, scopeText }, systemsAffected, fields, sourcePath, line, fingerprint)
    {
    }

    /// <summary>
    /// The record as the catalog's reader decodes it: the classified fields' kinds and texts in
    /// <see cref="ClassifiedField"/> order (<see cref="GapFieldTable"/>).
    /// </summary>
    internal GapInfo(string id, string title, int[] kinds, string[] texts, IReadOnlyList<string> systemsAffected, IReadOnlyList<GapField> fields, string sourcePath, int line, string fingerprint)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? string.Empty;
        _kinds = kinds;
        _texts = texts;
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is null)
            {
                texts[i] = string.Empty;
            }
        }

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
    public GapStatus Status => (GapStatus)Kind(ClassifiedField.Status);

    /// <summary>The status as written (empty when there is no status line).</summary>
    public string StatusText => Text(ClassifiedField.Status);

    /// <summary>The priority, decided by the P-number of <see cref="PriorityText"/>.</summary>
    public GapPriority Priority => (GapPriority)Kind(ClassifiedField.Priority);

    /// <summary>The priority as written, from <c>**Priority:**</c> or the classification (<c>P0-CRITICAL</c>, <c>Critical (P1)</c>).</summary>
    public string PriorityText => Text(ClassifiedField.Priority);

    /// <summary>The type, the first part of the classification.</summary>
    public GapType Type => (GapType)Kind(ClassifiedField.Type);

    /// <summary>The type as written (<c>ARCHITECTURAL</c>, <c>Architecture</c>, <c>Reliability</c>, ...).</summary>
    public string TypeText => Text(ClassifiedField.Type);

    /// <summary>The scope, the third part of the classification.</summary>
    public GapScope Scope => (GapScope)Kind(ClassifiedField.Scope);

    /// <summary>The scope as written (<c>CROSS-CUTTING</c>, <c>Strategic</c>, ...).</summary>
    public string ScopeText => Text(ClassifiedField.Scope);

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
    public string UseCase => GetField(GapFieldTable.UseCase)?.Value ?? string.Empty;

    /// <summary>The <c>Problem Description</c> (or <c>Description</c>) field, or empty.</summary>
    public string Description => (GetField(GapFieldTable.ProblemDescription) ?? GetField(GapFieldTable.Description))?.Value ?? string.Empty;

    /// <summary>The checklist of the <c>Proposed Resolution</c> field.</summary>
    public IReadOnlyList<GapChecklistItem> ProposedResolution => GetField(GapFieldTable.ProposedResolution)?.Items ?? NoItems;

    /// <summary>
    /// The validation criteria: the checklist of the first <c>Validation Criteria</c> field, nested items included, in
    /// document order. <see cref="ValidatesGapAttribute"/> numbers them from 1.
    /// </summary>
    public IReadOnlyList<GapChecklistItem> ValidationCriteria => GetField(GapFieldTable.ValidationCriteria)?.Items ?? NoItems;

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

    // A record made by a constructor that predates a classified field has no value for it: the enum's default, no text.
    private int Kind(ClassifiedField field) => (int)field < _kinds.Length ? _kinds[(int)field] : 0;

    private string Text(ClassifiedField field) => (int)field < _texts.Length ? _texts[(int)field] : string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Title.Length == 0 ? Id : Id + ": " + Title;
}
