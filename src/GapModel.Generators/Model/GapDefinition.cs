namespace GapModel.Generators.Model;

/// <summary>A gap and the document that defines it.</summary>
internal sealed record GapDefinition(GapSpec Gap, string Path);
