namespace GapModel.Generators.Generation;

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
