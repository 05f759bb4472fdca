namespace GapModel.Generators.Model;

/// <summary>One <c>- [ ] text</c> item.</summary>
internal sealed record ChecklistItemSpec(string Text, bool IsDone, SourcePosition Position);
