namespace GapModel.Generators.Model;

/// <summary>A definition that repeats an ID defined earlier (in document order, see <see cref="GapIndex"/>).</summary>
internal sealed record DuplicateDefinition(GapDefinition Duplicate, GapDefinition First);
