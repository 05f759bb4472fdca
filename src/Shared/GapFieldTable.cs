namespace GapModel.Shared;

/// <summary>
/// The fields of a gap entry that <c>GapInfo</c> exposes as properties: their names as documents write them (compared
/// case-insensitively), and for the classified fields where the parser reads them. The one list the parser, the
/// catalog's writer and reader and the emitters go by; linked into the runtime and the generator.
/// </summary>
internal static class GapFieldTable
{
    public const string Status = "Status";
    public const string Priority = "Priority";
    public const string Type = "Type";
    public const string Scope = "Scope";
    public const string Classification = "Classification";
    public const string SystemsAffected = "Systems Affected";
    public const string UseCase = "Use Case";
    public const string ProblemDescription = "Problem Description";
    public const string Description = "Description";
    public const string ProposedResolution = "Proposed Resolution";
    public const string ValidationCriteria = "Validation Criteria";

    /// <summary>Text that comes before any named field is kept under this name.</summary>
    public const string Notes = "Notes";

    /// <summary>What separates the parts of a Classification (type | priority | scope).</summary>
    public const string ClassificationSeparator = " | ";

    /// <summary>What separates the systems of a Systems Affected field.</summary>
    public const string SystemsSeparator = ", ";

    /// <summary>
    /// How many classified fields a record carries: a kind and a text for each, in <see cref="ClassifiedField"/> order.
    /// A constant (no reflection in the runtime library); a test fails when it and the enum disagree.
    /// </summary>
    public const int ClassifiedCount = (int)ClassifiedField.Scope + 1;

    /// <summary>The field a classified value is written in when the entry has a field of its own for it.</summary>
    public static string Name(ClassifiedField field) => field switch
    {
        ClassifiedField.Status => Status,
        ClassifiedField.Priority => Priority,
        ClassifiedField.Type => Type,
        ClassifiedField.Scope => Scope,
        _ => field.ToString(),
    };

    /// <summary>
    /// The parts of the <c>Classification</c> field in order (<c>type | priority | scope</c>): where a classified value
    /// is read from when the entry has no field of its own for it. The last part takes the rest of the text. The
    /// catalog writes a Classification that is exactly these texts joined as that join.
    /// </summary>
    public static readonly ClassifiedField[] ClassificationParts = { ClassifiedField.Type, ClassifiedField.Priority, ClassifiedField.Scope };

    /// <summary>The index of <paramref name="field"/> in <see cref="ClassificationParts"/>, or -1.</summary>
    public static int ClassificationPart(ClassifiedField field) => System.Array.IndexOf(ClassificationParts, field);
}
