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
internal readonly record struct LanguageFacts(bool NullableAnnotations, bool HasNotNullWhen, bool GivesInternalsAccess);

/// <summary>One <c>[AddressesGap]</c> in the project: the gap ID and the symbol it sits on, as a stable display string.</summary>
internal readonly record struct GapAddress(string GapId, string Symbol);

/// <summary>An <c>[AddressesGap]</c> as read from syntax: its ID, or, for a generated constant not yet bound, the constant's name.</summary>
internal readonly record struct AddressRead(string? GapId, string? ConstantName, string Symbol);

/// <summary>A generated constant's name and the ID it holds.</summary>
internal readonly record struct ConstantId(string Name, string Id);

/// <summary>What <c>GapCatalog.AddressedBy</c> is emitted from: every address, sorted and distinct.</summary>
internal sealed record AddressedBySpec(string? Namespace, bool IsPublic, bool NullableAnnotations, EquatableArray<GapAddress> Addresses);
