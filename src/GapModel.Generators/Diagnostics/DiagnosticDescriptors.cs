using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Diagnostics;

/// <summary>Every rule GapModel reports, with its help page under <c>docs/diagnostics/</c>.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/gapmodel/gapmodel/blob/main/docs/diagnostics/";

    private const string ReferenceCategory = "GapModel.References";
    private const string DocumentCategory = "GapModel.Documents";
    private const string ConfigurationCategory = "GapModel.Configuration";
    private const string CoverageCategory = "GapModel.Coverage";

    public static readonly DiagnosticDescriptor UnknownGap = Create(
        DiagnosticIds.UnknownGap,
        "Unknown gap",
        "Gap '{0}' is not defined in any gap document{1}",
        ReferenceCategory,
        DiagnosticSeverity.Warning,
        "[AddressesGap] names a gap that no gap document of this project defines: a typo, or a gap that was removed.");

    public static readonly DiagnosticDescriptor ResolvedGap = Create(
        DiagnosticIds.ResolvedGap,
        "Gap is resolved",
        "Gap '{0}' ('{1}') is resolved ({2}); this reference is stale",
        ReferenceCategory,
        DiagnosticSeverity.Warning,
        "[AddressesGap] names a gap whose status is RESOLVED: the code no longer addresses open work.");

    public static readonly DiagnosticDescriptor InvalidGapId = Create(
        DiagnosticIds.InvalidGapId,
        "Not a gap ID",
        "'{0}' is not a gap ID; a gap ID is 'GAP-' followed by hyphen-separated capital letters and digits, such as 'GAP-SECURITY-001'",
        ReferenceCategory,
        DiagnosticSeverity.Warning,
        "The argument of [AddressesGap] does not have the shape of a gap ID.");

    public static readonly DiagnosticDescriptor UseGeneratedConstant = Create(
        DiagnosticIds.UseGeneratedConstant,
        "Use the generated constant",
        "Use '{1}' instead of the string literal \"{0}\"",
        ReferenceCategory,
        DiagnosticSeverity.Info,
        "A generated constant exists for this gap: referring to it lets the compiler and the IDE follow the reference, and a renamed gap breaks the build instead of going stale.",
        isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor GapInProgress = Create(
        DiagnosticIds.GapInProgress,
        "Gap is in progress",
        "Gap '{0}' ('{1}') is in progress",
        ReferenceCategory,
        DiagnosticSeverity.Info,
        "[AddressesGap] names a gap whose status is IN_PROGRESS: useful to list the code of work under way, or to gate a release on it.",
        isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor SuspectReference = Create(
        DiagnosticIds.SuspectReference,
        "Gap changed since it was reviewed",
        "Gap '{0}' changed since it was reviewed (reviewed {1}, now {2}; {3})",
        ReferenceCategory,
        DiagnosticSeverity.Warning,
        "The Reviewed pin of [AddressesGap] or [ValidatesGap] differs from the gap's current fingerprint: its title or a field changed after the code was checked against it, so the code may no longer do what the gap now asks.");

    public static readonly DiagnosticDescriptor UnpinnedReference = Create(
        DiagnosticIds.UnpinnedReference,
        "Reference without a Reviewed pin",
        "The reference to gap '{0}' has no Reviewed pin; pin it with Reviewed = \"{1}\"",
        ReferenceCategory,
        DiagnosticSeverity.Info,
        "For teams that want every link pinned: an [AddressesGap] or [ValidatesGap] without Reviewed cannot tell when the gap changes under it.",
        isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor CriterionOutOfRange = Create(
        DiagnosticIds.CriterionOutOfRange,
        "No such validation criterion",
        "Gap '{0}' has {1} validation criteria; there is no criterion {2}",
        ReferenceCategory,
        DiagnosticSeverity.Warning,
        "[ValidatesGap] names a criterion number outside the gap's Validation Criteria checklist (numbered from 1, in document order).");

    public static readonly DiagnosticDescriptor AmbiguousGap = Create(
        DiagnosticIds.AmbiguousGap,
        "Gap defined by two referenced catalogs",
        "Gap '{0}' is defined by two referenced catalogs, '{1}' and '{2}'; the definition of '{1}' is used",
        ReferenceCategory,
        DiagnosticSeverity.Warning,
        "Two referenced assemblies built with GapModel define the same gap ID, so which definition (title, status) this code addresses depends on the order of the references.");

    public static readonly DiagnosticDescriptor UnaddressedGap = Create(
        DiagnosticIds.UnaddressedGap,
        "Gap nothing addresses",
        "Gap '{0}' ('{1}') must be addressed (GapModelCoverage) but no [AddressesGap] names it",
        CoverageCategory,
        DiagnosticSeverity.Warning,
        "A gap that the coverage policy (GapModelCoverage) selects, and that is not resolved, has no [AddressesGap] in this compilation or in any referenced assembly built with GapModel.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnvalidatedCriteria = Create(
        DiagnosticIds.UnvalidatedCriteria,
        "Resolved gap with unvalidated criteria",
        "Gap '{0}' ('{1}') is resolved but no [ValidatesGap] covers its validation criteria {2}",
        CoverageCategory,
        DiagnosticSeverity.Warning,
        "A resolved gap that the coverage policy (GapModelCoverage) selects has validation criteria that no [ValidatesGap] in this compilation or in any referenced assembly built with GapModel validates.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateGapId = Create(
        DiagnosticIds.DuplicateGapId,
        "Duplicate gap ID",
        "Gap '{0}' is already defined at {1}; this definition is ignored",
        DocumentCategory,
        DiagnosticSeverity.Warning,
        "Two entries define the same gap ID. The first definition stands; later ones are left out of the catalog.");

    public static readonly DiagnosticDescriptor UnrecognisedValue = Create(
        DiagnosticIds.UnrecognisedValue,
        "Unrecognised vocabulary value",
        "Gap '{0}' has the {1} '{2}', which is not one of {3}; it is kept as written",
        DocumentCategory,
        DiagnosticSeverity.Info,
        "A classification, Type, Scope or Priority value is outside the known vocabulary. The text is kept (TypeText, ScopeText, PriorityText) with the kind Other or Unspecified.");

    public static readonly DiagnosticDescriptor UnknownStatus = Create(
        DiagnosticIds.UnknownStatus,
        "Status not understood",
        "Gap '{0}' has the status '{1}', which is not understood; it is treated as OPEN (expected OPEN, IN_PROGRESS or RESOLVED)",
        DocumentCategory,
        DiagnosticSeverity.Warning,
        "The status line of an entry could not be read as OPEN, IN_PROGRESS or RESOLVED: none of the status words of docs/format.md, nor of the project's GapModelStatus* properties, starts it.");

    public static readonly DiagnosticDescriptor MissingTitle = Create(
        DiagnosticIds.MissingTitle,
        "Gap entry has no title",
        "Gap '{0}' has no title after its ID",
        DocumentCategory,
        DiagnosticSeverity.Warning,
        "An entry starts with 'GAP-ID:' but no title follows.");

    public static readonly DiagnosticDescriptor DeclaredTotalMismatch = Create(
        DiagnosticIds.DeclaredTotalMismatch,
        "Declared total differs from the gaps defined",
        "The document declares {0} gaps but defines {1}",
        DocumentCategory,
        DiagnosticSeverity.Info,
        "The document's 'Total Gaps Identified' differs from the number of gap entries it defines.");

    public static readonly DiagnosticDescriptor UnreadableDocument = Create(
        DiagnosticIds.UnreadableDocument,
        "Gap document could not be read",
        "This part of the gap document could not be read: {0}; gaps written there are not in the catalog",
        DocumentCategory,
        DiagnosticSeverity.Warning,
        "Part of the Markdown could not be read: it is nested deeper than the Markdown reader allows, a code fence is never closed so the gaps after it read as code, or the file cannot be opened.");

    public static readonly DiagnosticDescriptor ConstantNameCollision = Create(
        DiagnosticIds.ConstantNameCollision,
        "Gap IDs map to the same constant name",
        "Gap '{0}' would get the constant name '{1}', as would {2}; its constant is named '{3}' instead",
        DocumentCategory,
        DiagnosticSeverity.Warning,
        "Two gap IDs differ only where a constant name cannot (for example GAP-SELF-MOD-010 and GAP-SELFMOD-010). Both constants are generated, with their segments kept apart by underscores.");

    public static readonly DiagnosticDescriptor HeadingWithoutSeparator = Create(
        DiagnosticIds.HeadingWithoutSeparator,
        "Heading starts with a gap ID but defines no gap",
        "The heading '{1}' starts with the gap ID '{0}' but no ':' or dash follows the ID, so it defines no gap",
        DocumentCategory,
        DiagnosticSeverity.Info,
        "A gap entry's heading is the ID followed by ':', ' — ', ' – ' or ' - ' and the title. A heading that starts with an ID without one of these is not an entry; if it was meant to be one, the gap is missing from the catalog.");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption,
        "Invalid GapModel option",
        "The MSBuild property '{0}' has the value '{1}', which is not valid: {2}; {3}",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "A GapModel MSBuild property has a value GapModel does not understand. The default is used instead.");

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnknownGap, ResolvedGap, InvalidGapId, UseGeneratedConstant, GapInProgress, SuspectReference, UnpinnedReference, CriterionOutOfRange, AmbiguousGap,
        DuplicateGapId, UnrecognisedValue, UnknownStatus, MissingTitle, DeclaredTotalMismatch, UnreadableDocument, ConstantNameCollision, UnaddressedGap, UnvalidatedCriteria,
        HeadingWithoutSeparator, InvalidOption);

    public static readonly ImmutableArray<DiagnosticDescriptor> DocumentRules = All.Where(d => d.Category == DocumentCategory).ToImmutableArray();

    public static readonly ImmutableArray<DiagnosticDescriptor> CoverageRules = All.Where(d => d.Category == CoverageCategory).ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault, description: description, helpLinkUri: HelpLinkBase + id + ".md", customTags: customTags);
}
