namespace GapModel.Generators.Model;

/// <summary>One gap document: its full path and what was read from it.</summary>
internal sealed record GapFile(string Path, GapDocumentSpec Document);
