using GapModel.Shared;

namespace GapModel.Generators.Model;

/// <summary>
/// One gap as read from its document: vocabularies normalised, raw text kept. The classified fields are one list in
/// <see cref="ClassifiedField"/> order, so a new one is a row of <see cref="GapFieldTable"/>, not a new parameter here.
/// </summary>
internal sealed record GapSpec(
    string Id,
    string Title,
    SourcePosition Position,
    EquatableArray<Classified> Classified,
    EquatableArray<string> SystemsAffected,
    EquatableArray<FieldSpec> Fields)
{
    public Classified this[ClassifiedField field] => (int)field < Classified.Count ? Classified[(int)field] : Model.Classified.None;

    public GapStatus Status => (GapStatus)this[ClassifiedField.Status].Kind;

    public string StatusText => this[ClassifiedField.Status].Text;

    public GapPriority Priority => (GapPriority)this[ClassifiedField.Priority].Kind;

    public string PriorityText => this[ClassifiedField.Priority].Text;

    public GapType Type => (GapType)this[ClassifiedField.Type].Kind;

    public string TypeText => this[ClassifiedField.Type].Text;

    public GapScope Scope => (GapScope)this[ClassifiedField.Scope].Kind;

    public string ScopeText => this[ClassifiedField.Scope].Text;

    /// <summary>The first field with the given name, compared case-insensitively, or <see langword="null"/>.</summary>
    public FieldSpec? Field(string name) => FieldSpec.Find(Fields, name);

    /// <summary>The checklist of the first <c>Validation Criteria</c> field, nested items included: criterion k is item k - 1.</summary>
    public EquatableArray<ChecklistItemSpec> ValidationCriteria => Field(GapFieldTable.ValidationCriteria)?.Items ?? EquatableArray<ChecklistItemSpec>.Empty;
}
