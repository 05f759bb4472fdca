namespace GapModel.Generators.Generation;

/// <summary>A generated constant's name and the ID it holds.</summary>
internal sealed record ConstantId(string Name, string Id);
