using System;
using System.Collections.Generic;
using GapModel.Generators.Model;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// The part of the document Markdig parsed last (<see cref="MarkdownPart"/>), as the readers use it: the lines of its
/// blocks, read from the source where they are plain and through the inline parse otherwise, and where its nodes are
/// in the whole document.
/// </summary>
internal sealed class PartText
{
    private string _parsedText = string.Empty;
    private InlineReader _inlines = null!;

    public PartText(string text)
    {
        Text = text;
        Lines = new LineMap(text);
    }

    /// <summary>The whole document.</summary>
    public string Text { get; }

    public LineMap Lines { get; }

    public MarkdownSource Source { get; private set; }

    /// <summary>Points at <paramref name="part"/>, which Markdig read.</summary>
    public void Begin(MarkdownPart part)
    {
        Source = new MarkdownSource(Text, part.Start);
        _parsedText = part.Text;
        _inlines = new InlineReader(part.Document!);
    }

    /// <summary>The lines of a paragraph or heading: from the source when they are plain, else from Markdig's inline parse.</summary>
    public List<ParagraphLine> ReadLines(LeafBlock block)
        => PlainLines.TryRead(block, _parsedText) ?? InlineLine.Split(_inlines.Read(block), Source);

    /// <summary>The block's text through the inline parse, whatever its lines.</summary>
    public string RenderInlines(LeafBlock block) => InlineText.Render(_inlines.Read(block), Source);

    public SourcePosition Position(MarkdownObject node) => Position(node.Span);

    public SourcePosition Position(SourceSpan span)
        => span.IsEmpty || span.Start < 0 ? Position(Source.Shift, 0) : Position(Source.ToOffset(span.Start), span.Length);

    public SourcePosition Position(int offset, int length)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        length = Math.Max(0, Math.Min(length, Text.Length - offset));
        var (line, column) = Lines.GetPosition(offset);
        return new SourcePosition(offset, length, line, column);
    }

    /// <summary>Where <paramref name="id"/> is written in the node at <paramref name="span"/>, or the node's start.</summary>
    public SourcePosition IdPosition(string id, SourceSpan span)
    {
        var offset = Math.Max(0, Math.Min(Source.ToOffset(span.Start), Text.Length));
        // Within the node only: an ID written with escapes or entities is not found verbatim, and a search to the end would be quadratic.
        var idOffset = Text.IndexOf(id, offset, Math.Max(0, Math.Min(span.Length, Text.Length - offset)), StringComparison.Ordinal);
        return Position(idOffset < 0 ? offset : idOffset, id.Length);
    }

    /// <summary>A line that starts with a strong span ending in a colon (<c>**Name:**</c>, or <c>**Name**:</c>).</summary>
    public bool TryReadFieldStart(ParagraphLine line, out string name, out string value, out SourcePosition position)
    {
        position = default;
        if (!line.TryReadField(out name, out value, out var span))
        {
            return false;
        }

        position = Position(span);
        return true;
    }
}
