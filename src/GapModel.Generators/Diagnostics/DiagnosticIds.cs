namespace GapModel.Generators.Diagnostics;

/// <summary>Every diagnostic ID GapModel reports. Code-side rules are GM0xxx, Markdown rules GM1xxx, configuration GM2xxx.</summary>
internal static class DiagnosticIds
{
    public const string UnknownGap = "GM0001";
    public const string ResolvedGap = "GM0002";
    public const string InvalidGapId = "GM0003";
    public const string UseGeneratedConstant = "GM0004";
    public const string GapInProgress = "GM0005";
    public const string SuspectReference = "GM0006";
    public const string UnpinnedReference = "GM0007";
    public const string CriterionOutOfRange = "GM0008";
    public const string AmbiguousGap = "GM0009";

    public const string DuplicateGapId = "GM1001";
    public const string UnrecognisedValue = "GM1002";
    public const string UnknownStatus = "GM1003";
    public const string MissingTitle = "GM1004";
    public const string DeclaredTotalMismatch = "GM1005";
    public const string UnreadableDocument = "GM1006";
    public const string ConstantNameCollision = "GM1007";
    public const string UnaddressedGap = "GM1008";
    public const string UnvalidatedCriteria = "GM1009";
    public const string HeadingWithoutSeparator = "GM1010";

    public const string InvalidOption = "GM2001";
}
