using System.Collections.Generic;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GapModel.Generators.Parsing;

/// <summary>A line of a paragraph or heading as Markdig's inline parse (<see cref="InlineReader"/>) reads it.</summary>
internal sealed class InlineLine : ParagraphLine
{
    private readonly List<Inline> _inlines;
    private readonly MarkdownSource _source;
    private readonly int _strongIndex;

    private InlineLine(List<Inline> inlines, MarkdownSource source)
    {
        _inlines = inlines;
        _source = source;
        var index = 0;
        while (index < inlines.Count && InlineText.IsBlank(inlines[index]))
        {
            index++;
        }

        _strongIndex = index < inlines.Count && inlines[index] is EmphasisInline { DelimiterCount: >= 2 } ? index : -1;
    }

    public override bool IsEmpty => _inlines.Count == 0;

    public override SourceSpan FirstSpan => _inlines[0].Span;

    public override bool IsOnlyStrong
    {
        get
        {
            if (_strongIndex < 0)
            {
                return false;
            }

            for (var i = _strongIndex + 1; i < _inlines.Count; i++)
            {
                if (!InlineText.IsBlank(_inlines[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Splits a paragraph's inlines at its line breaks.</summary>
    public static List<ParagraphLine> Split(ContainerInline? container, MarkdownSource source)
    {
        var lines = new List<ParagraphLine>();
        var current = new List<Inline>();
        for (var child = container?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LineBreakInline)
            {
                lines.Add(new InlineLine(current, source));
                current = new List<Inline>();
            }
            else
            {
                current.Add(child);
            }
        }

        lines.Add(new InlineLine(current, source));
        return lines;
    }

    public override string Render() => InlineText.Render(_inlines, _source);

    public override bool TryGetLeadingStrong(out string text, out SourceSpan span)
    {
        if (_strongIndex < 0)
        {
            text = string.Empty;
            span = SourceSpan.Empty;
            return false;
        }

        var strong = _inlines[_strongIndex];
        text = InlineText.Render((ContainerInline)strong, _source);
        span = strong.Span;
        return true;
    }

    public override string RenderAfterStrong()
        => InlineText.Render(_inlines.GetRange(_strongIndex + 1, _inlines.Count - _strongIndex - 1), _source);
}
