using GapModel.Generators.Model;

namespace GapModel.Generators.Generation;

/// <summary>What the emitter needs, as equatable values: an unchanged spec means no new source.</summary>
internal sealed record CatalogSpec(
    string? Namespace,
    bool IsPublic,
    bool RecordsDefinitions,
    bool GenerateCatalog,
    bool NullableAnnotations,
    bool HasNotNullWhen,
    int DocumentCount,
    EquatableArray<CatalogGap> Gaps);

/// <summary>One gap as the catalog shows it: its constant's name and its document relative to the project.</summary>
internal sealed record CatalogGap(GapSpec Gap, string ConstantName, string SourcePath)
{
    public string Fingerprint => GapFingerprint.Of(Gap);
}

/// <summary>
/// What the target project's compilation tells the emitter. GivesInternalsAccess: the assembly names a friend with
/// <c>InternalsVisibleTo</c>, which can then use an internal catalog and needs its definitions.
/// </summary>
internal sealed record LanguageFacts(bool NullableAnnotations, bool HasNotNullWhen, bool GivesInternalsAccess);

/// <summary>Which attribute links code to a gap.</summary>
internal enum LinkKind
{
    Addresses,
    Validates,
}

/// <summary>
/// One <c>[AddressesGap]</c> or <c>[ValidatesGap]</c> in the project: the gap ID, the criterion (0 for
/// <c>AddressesGap</c>) and the symbol it sits on, as a stable display string; in the assembly's link record also where
/// the attribute is written (project-relative path, 1-based line) and its <c>Reviewed</c> pin.
/// </summary>
internal sealed record GapLink(LinkKind Kind, string GapId, int Criterion, string Symbol)
{
    public string Path { get; init; } = string.Empty;

    public int Line { get; init; }

    public string? Pin { get; init; }
}

/// <summary>
/// A link as read from syntax: its ID, or, for a generated constant not yet bound, the constant's name; where it is
/// written (full path, 1-based line) and its pin.
/// </summary>
internal sealed record LinkRead(LinkKind Kind, string? GapId, string? ConstantName, int Criterion, string Symbol, string FilePath, int Line, string? Pin);

/// <summary>A generated constant's name and the ID it holds.</summary>
internal sealed record ConstantId(string Name, string Id);

/// <summary>
/// What <c>GapCatalog.AddressedBy</c>, <c>GapCatalog.ValidatedBy</c> and the assembly's link record are emitted from:
/// every link, distinct, sorted by kind, ID, criterion and symbol.
/// </summary>
internal sealed record LinksSpec(string? Namespace, bool IsPublic, bool NullableAnnotations, bool WithPlaces, EquatableArray<GapLink> Links);
