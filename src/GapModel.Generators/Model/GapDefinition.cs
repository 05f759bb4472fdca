namespace GapModel.Generators.Model;

/// <summary>A gap and the document that defines it.</summary>
internal readonly record struct GapDefinition(GapSpec Gap, string Path);
