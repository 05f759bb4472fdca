namespace GapModel.Generators.Generation;

/// <summary>Which attribute links code to a gap.</summary>
internal enum LinkKind
{
    Addresses,
    Validates,
}
