using GapModel.Generators.Model;

namespace GapModel.Generators.Generation;

/// <summary>
/// What the assembly's link record (<c>GapLinks.g.cs</c>) is emitted from: every link, distinct, sorted by kind, ID,
/// criterion, symbol, path and line. <c>GapCatalog.AddressedBy</c> and <c>ValidatedBy</c> read that record at run time.
/// </summary>
internal sealed record LinksSpec(bool NullableAnnotations, EquatableArray<GapLink> Links);
