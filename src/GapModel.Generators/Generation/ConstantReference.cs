namespace GapModel.Generators.Generation;

/// <summary>A gap ID, or the name of a generated constant that holds one (resolved later against the constants emitted).</summary>
internal readonly record struct ConstantReference(string? Id, string? ConstantName);
