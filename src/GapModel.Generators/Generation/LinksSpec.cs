using GapModel.Generators.Model;

namespace GapModel.Generators.Generation;

/// <summary>
/// What <c>GapCatalog.AddressedBy</c>, <c>GapCatalog.ValidatedBy</c> and the assembly's link record are emitted from:
/// every link, distinct, sorted by kind, ID, criterion and symbol.
/// </summary>
internal sealed record LinksSpec(string? Namespace, bool IsPublic, bool NullableAnnotations, bool WithPlaces, EquatableArray<GapLink> Links);
