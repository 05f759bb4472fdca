using System.Collections.Generic;

namespace GapModel;

/// <summary>One <c>**Name:** value</c> field of a gap, as written.</summary>
public sealed class GapField
{
    private static readonly GapChecklistItem[] NoItems = new GapChecklistItem[0];

    /// <summary>Creates a field.</summary>
    public GapField(string name, string value, int line, IReadOnlyList<GapChecklistItem>? items = null)
    {
        Name = name;
        Value = value;
        Line = line;
        Items = items ?? NoItems;
    }

    /// <summary>The field name as written, without the colon (for example <c>Problem Description</c>).</summary>
    public string Name { get; }

    /// <summary>The field's text; the lines of a multi-line field are joined with <c>\n</c>.</summary>
    public string Value { get; }

    /// <summary>The 1-based line of the field name in its gap document.</summary>
    public int Line { get; }

    /// <summary>The checklist items listed under the field, in document order.</summary>
    public IReadOnlyList<GapChecklistItem> Items { get; }

    /// <inheritdoc/>
    public override string ToString() => Name + ": " + Value;
}
