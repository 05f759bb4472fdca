namespace GapModel.Generators.Generation;

/// <summary>
/// One <c>[AddressesGap]</c> or <c>[ValidatesGap]</c> in the project: the gap ID, the criterion (0 for
/// <c>AddressesGap</c>), the symbol it sits on, as a stable display string, where the attribute is written
/// (project-relative path, 1-based line) and its <c>Reviewed</c> pin.
/// </summary>
internal sealed record GapLink(LinkKind Kind, string GapId, int Criterion, string Symbol, string Path, int Line, string? Pin);
