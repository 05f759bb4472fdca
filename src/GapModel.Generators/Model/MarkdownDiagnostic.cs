namespace GapModel.Generators.Model;

/// <summary>A problem found in a gap document, reported by the analyzer at its place in the <c>.md</c> file.</summary>
internal sealed record MarkdownDiagnostic(string Id, SourcePosition Position, EquatableArray<string> MessageArgs);
