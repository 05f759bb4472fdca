namespace GapModel.Generators.Model;

/// <summary>A place in a gap document: a character range and where it starts (0-based line and column).</summary>
internal readonly record struct SourcePosition(int Offset, int Length, int Line, int Column)
{
    /// <summary>The 1-based line, as editors and the catalog show it.</summary>
    public int DisplayLine => Line + 1;
}

/// <summary>One <c>- [ ] text</c> item.</summary>
internal sealed record ChecklistItemSpec(string Text, bool IsDone, SourcePosition Position);

/// <summary>One <c>**Name:** value</c> field of an entry, with the checklist items listed under it.</summary>
internal sealed record FieldSpec(string Name, string Value, EquatableArray<ChecklistItemSpec> Items, SourcePosition Position)
{
    /// <summary>The first field with the given name, compared case-insensitively (names are kept as written), or <see langword="null"/>.</summary>
    public static FieldSpec? Find(EquatableArray<FieldSpec> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i].Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return fields[i];
            }
        }

        return null;
    }
}

/// <summary>One gap as read from its document; vocabularies normalised, raw text kept.</summary>
internal sealed record GapSpec(
    string Id,
    string Title,
    SourcePosition Position,
    GapStatusKind Status,
    string StatusText,
    GapPriorityKind Priority,
    string PriorityText,
    GapTypeKind Type,
    string TypeText,
    GapScopeKind Scope,
    string ScopeText,
    EquatableArray<string> SystemsAffected,
    EquatableArray<FieldSpec> Fields)
{
    /// <summary>The first field with the given name, compared case-insensitively, or <see langword="null"/>.</summary>
    public FieldSpec? Field(string name) => FieldSpec.Find(Fields, name);

    /// <summary>The checklist of the first <c>Validation Criteria</c> field, nested items included: criterion k is item k - 1.</summary>
    public EquatableArray<ChecklistItemSpec> ValidationCriteria => Field("Validation Criteria")?.Items ?? EquatableArray<ChecklistItemSpec>.Empty;
}

/// <summary>A problem found in a gap document, reported by the analyzer at its place in the <c>.md</c> file.</summary>
internal sealed record MarkdownDiagnostic(string Id, SourcePosition Position, EquatableArray<string> MessageArgs);

/// <summary>Everything read from one gap document, independent of its path.</summary>
internal sealed record GapDocumentSpec(
    EquatableArray<GapSpec> Gaps,
    EquatableArray<MarkdownDiagnostic> Diagnostics,
    int? DeclaredTotal)
{
    public static readonly GapDocumentSpec Empty = new(EquatableArray<GapSpec>.Empty, EquatableArray<MarkdownDiagnostic>.Empty, null);
}
