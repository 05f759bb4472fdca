using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// One line of a paragraph or heading as the reader uses it: its plain text, and a leading <c>**strong**</c> span
/// (a field name or a bold title). Made from Markdig's inlines (<see cref="InlineLine"/>) or, for lines with nothing
/// for the inline parser to do, straight from the source (<see cref="PlainLines"/>).
/// </summary>
internal abstract class ParagraphLine
{
    /// <summary>The plain text of the line (<see cref="InlineText"/>'s rendering).</summary>
    public abstract string Render();

    /// <summary>Whether the first non-blank inline is a strong span; if so its text and Markdig span.</summary>
    public abstract bool TryGetLeadingStrong(out string text, out SourceSpan span);

    /// <summary>The plain text after the leading strong span (only when there is one).</summary>
    public abstract string RenderAfterStrong();

    /// <summary>Whether the leading strong span is the only non-blank inline of the line.</summary>
    public abstract bool IsOnlyStrong { get; }

    /// <summary>Whether the line has no inline at all.</summary>
    public abstract bool IsEmpty { get; }

    /// <summary>Markdig's span of the first inline (only when not <see cref="IsEmpty"/>).</summary>
    public abstract SourceSpan FirstSpan { get; }

    /// <summary>A field start: the line begins with a strong span ending in a colon (<c>**Name:**</c>, or <c>**Name**:</c>).</summary>
    public virtual bool TryReadField(out string name, out string value, out SourceSpan span)
    {
        name = value = string.Empty;
        if (!TryGetLeadingStrong(out var strongText, out span))
        {
            return false;
        }

        name = strongText.Trim();
        var rest = RenderAfterStrong();
        if (name.EndsWith(":", System.StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 1).TrimEnd();
        }
        else if (rest.StartsWith(":", System.StringComparison.Ordinal))
        {
            rest = rest.Substring(1);
        }
        else
        {
            return false;
        }

        if (name.Length == 0 || name.IndexOf('\n') >= 0)
        {
            return false;
        }

        value = rest.Trim();
        return true;
    }
}
