namespace GapModel.Generators.Generation;

/// <summary>
/// A link as read from syntax: its ID, or, for a generated constant not yet bound, the constant's name; where it is
/// written (full path, 1-based line) and its pin.
/// </summary>
internal sealed record LinkRead(LinkKind Kind, string? GapId, string? ConstantName, int Criterion, string Symbol, string FilePath, int Line, string? Pin);
