namespace GapModel;

/// <summary>One checklist item of a gap (<c>- [ ] text</c> or <c>- [x] text</c>).</summary>
public sealed class GapChecklistItem
{
    /// <summary>Creates a checklist item.</summary>
    public GapChecklistItem(string text, bool isDone, int line)
    {
        Text = text;
        IsDone = isDone;
        Line = line;
    }

    /// <summary>The item's text, without the check box.</summary>
    public string Text { get; }

    /// <summary>Whether the box is ticked (<c>[x]</c> or <c>[X]</c>).</summary>
    public bool IsDone { get; }

    /// <summary>The 1-based line of the item in its gap document.</summary>
    public int Line { get; }

    /// <inheritdoc/>
    public override string ToString() => (IsDone ? "[x] " : "[ ] ") + Text;
}
