namespace GapModel.Shared;

/// <summary>
/// A field whose value is classified into a vocabulary (a <c>GapModel</c> enum) and also kept as written. Catalog
/// records carry a kind and a text for each, in this order (<see cref="GapFieldTable"/>).
/// </summary>
internal enum ClassifiedField
{
    Status,
    Priority,
    Type,
    Scope,
}
