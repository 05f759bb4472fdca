using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// A line of a paragraph read straight from the source (<c>[**strong**]rest</c>), for lines in which Markdig's inline
/// parser would find nothing more (<see cref="PlainLines"/>); the spans it may hold are told by <see cref="PlainSpans"/>.
/// </summary>
internal sealed class SourceLine : ParagraphLine
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly int _strongEnd;
    private readonly int _firstEnd;

    /// <summary>Where the delimiter runs of emphasis inside the line are (dropped from the text), or null.</summary>
    private readonly List<int>? _emphasisRuns;

    private SourceLine(string text, int start, int end, int strongEnd, int firstEnd, List<int>? emphasisRuns)
    {
        _emphasisRuns = emphasisRuns;
        _text = text;
        _start = start;
        _end = end;
        _strongEnd = strongEnd;
        _firstEnd = firstEnd;
    }

    public override bool IsEmpty => false;

    public override SourceSpan FirstSpan => new(_start, (_strongEnd >= 0 ? _strongEnd : _firstEnd) - 1);

    public override bool IsOnlyStrong
    {
        get
        {
            if (_strongEnd < 0)
            {
                return false;
            }

            for (var i = _strongEnd; i < _end; i++)
            {
                if (!MarkdownWhitespace.IsWhitespace(_text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The line from <paramref name="start"/> to <paramref name="end"/> (exclusive), or null if Markdig would see more in it.</summary>
    [MethodImpl(Optimized.Always)]
    public static SourceLine? TryRead(string text, int start, int end)
    {
        if (start >= end || MarkdownWhitespace.IsWhitespace(text[start]))
        {
            return null;
        }

        var rest = start;
        var strongEnd = -1;
        if (text[start] == '*')
        {
            strongEnd = PlainSpans.StrongEnd(text, start, end);
            if (strongEnd < 0)
            {
                return null;
            }

            rest = strongEnd;
        }

        // The first inline of a line with no strong span: a literal up to the first code span, or that code span.
        var firstEnd = -1;
        List<int>? runs = null;
        for (var i = rest; i < end;)
        {
            var c = text[i];
            if (c == '*')
            {
                // Emphasis inside the line (" *word* ", " **word** "): its runs are dropped from the text.
                var emphasisEnd = PlainSpans.EmphasisEnd(text, i, start, end, out var runLength);
                if (emphasisEnd < 0)
                {
                    return null;
                }

                (runs ??= new List<int>()).Add(i);
                runs.Add(runLength);
                runs.Add(emphasisEnd - runLength);
                runs.Add(runLength);
                if (firstEnd < 0)
                {
                    firstEnd = i;
                }

                i = emphasisEnd;
                continue;
            }

            if (c == '`')
            {
                var close = PlainSpans.CodeSpanEnd(text, i, end);
                if (close < 0)
                {
                    return null;
                }

                if (firstEnd < 0)
                {
                    firstEnd = i == start ? close : i;
                }

                i = close;
                continue;
            }

            i = PlainSpans.InertEnd(text, i, start, end);
            if (i < 0)
            {
                return null;
            }
        }

        return new SourceLine(text, start, end, strongEnd, firstEnd < 0 ? end : firstEnd, runs);
    }

    public override string Render()
        => _strongEnd < 0 ? Text(_start, _end) : StrongText() + RenderAfterStrong();

    public override bool TryGetLeadingStrong(out string text, out SourceSpan span)
    {
        if (_strongEnd < 0)
        {
            text = string.Empty;
            span = SourceSpan.Empty;
            return false;
        }

        text = StrongText();
        span = new SourceSpan(_start, _strongEnd - 1);
        return true;
    }

    public override string RenderAfterStrong() => Text(_strongEnd, _end);

    /// <summary>The source from <paramref name="from"/> to <paramref name="to"/> without the emphasis runs in it.</summary>
    [MethodImpl(Optimized.Always)]
    private string Text(int from, int to)
    {
        if (_emphasisRuns is null)
        {
            return _text.Substring(from, to - from);
        }

        var builder = new System.Text.StringBuilder(to - from);
        var at = from;
        for (var r = 0; r < _emphasisRuns.Count; r += 2)
        {
            var run = _emphasisRuns[r];
            if (run >= from && run < to)
            {
                builder.Append(_text, at, run - at);
                at = run + _emphasisRuns[r + 1];
            }
        }

        return builder.Append(_text, at, to - at).ToString();
    }

    /// <summary>As the base method, cutting the name and value out of the source once instead of trimming copies.</summary>
    public override bool TryReadField(out string name, out string value, out SourceSpan span)
    {
        name = value = string.Empty;
        span = SourceSpan.Empty;
        if (_strongEnd < 0)
        {
            return false;
        }

        var nameStart = _start + 2;
        var nameEnd = _strongEnd - 2;
        Trim(ref nameStart, ref nameEnd);
        var restStart = _strongEnd;
        if (nameEnd > nameStart && _text[nameEnd - 1] == ':')
        {
            nameEnd--;
            Trim(ref nameStart, ref nameEnd);
        }
        else if (restStart < _end && _text[restStart] == ':')
        {
            restStart++;
        }
        else
        {
            return false;
        }

        if (nameEnd == nameStart)
        {
            return false;
        }

        var restEnd = _end;
        Trim(ref restStart, ref restEnd);
        name = _text.Substring(nameStart, nameEnd - nameStart);
        value = Text(restStart, restEnd);
        span = new SourceSpan(_start, _strongEnd - 1);
        return true;
    }

    /// <summary>Narrows a range as <see cref="string.Trim()"/> would.</summary>
    [MethodImpl(Optimized.Always)]
    private void Trim(ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }
    }

    private string StrongText() => _text.Substring(_start + 2, _strongEnd - _start - 4);
}
