using System.Collections.Generic;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

// One line read from the source, and the rules that decide whether Markdig would see more in it.
internal static partial class PlainLines
{
    /// <summary>A line read from the source: <c>[**strong**]rest</c>.</summary>
    private sealed class SourceLine : ParagraphLine
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
                    if (!IsMarkdownWhitespace(_text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The line from <paramref name="start"/> to <paramref name="end"/> (exclusive), or null if Markdig would see more in it.</summary>
        public static SourceLine? TryRead(string text, int start, int end)
        {
            if (start >= end || IsMarkdownWhitespace(text[start]))
            {
                return null;
            }

            var rest = start;
            var strongEnd = -1;
            if (text[start] == '*')
            {
                strongEnd = StrongEnd(text, start, end);
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
                    var emphasisEnd = EmphasisEnd(text, i, start, end, out var runLength);
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
                    var close = CodeSpanEnd(text, i, end);
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

                i = InertEnd(text, i, start, end);
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

        /// <summary>
        /// The end of a <c>**text**</c> span at <paramref name="start"/> whose text is plain, or -1. The opening run
        /// (at a line start, followed by no whitespace) opens; the closing one closes when it follows no whitespace and
        /// comes before whitespace, or after a letter or digit before a colon (<c>**Name**:</c>).
        /// </summary>
        private static int StrongEnd(string text, int start, int end)
        {
            var first = start + 2;
            if (first >= end || text[start + 1] != '*' || text[first] == '*' || IsMarkdownWhitespace(text[first]))
            {
                return -1;
            }

            var close = first;
            while (close < end && text[close] != '*')
            {
                close = text[close] == '`' ? -1 : InertEnd(text, close, start, end);
                if (close < 0)
                {
                    return -1;
                }
            }

            var after = close + 2;
            if (close + 1 >= end || text[close + 1] != '*' || (after < end && text[after] == '*'))
            {
                return -1;
            }

            var before = text[close - 1];
            if (IsMarkdownWhitespace(before))
            {
                return -1;
            }

            return after == end || text[after] is ' ' or '\t' || (text[after] == ':' && IsAsciiLetterOrDigit(before)) ? after : -1;
        }

        /// <summary>
        /// The end of <c>*text*</c> or <c>**text**</c> inside a line, or -1: the opening run after a space or tab and
        /// before a letter or digit (it can only open), the closing run of the same length after a letter or digit and
        /// before a space, tab, the line end or <c>.,;:!?)</c> (it can only close), plain text between them.
        /// </summary>
        private static int EmphasisEnd(string text, int open, int lineStart, int end, out int length)
        {
            var i = open;
            while (i < end && text[i] == '*')
            {
                i++;
            }

            length = i - open;
            if (length > 2 || open == lineStart || text[open - 1] is not (' ' or '\t') || i >= end || !IsAsciiLetterOrDigit(text[i]))
            {
                return -1;
            }

            var close = i;
            while (close < end && text[close] != '*')
            {
                close = text[close] == '`' ? -1 : InertEnd(text, close, lineStart, end);
                if (close < 0)
                {
                    return -1;
                }
            }

            var after = close;
            while (after < end && text[after] == '*')
            {
                after++;
            }

            if (after - close != length || !IsAsciiLetterOrDigit(text[close - 1]))
            {
                return -1;
            }

            return after == end || text[after] is ' ' or '\t' or '.' or ',' or ';' or ':' or '!' or '?' or ')' ? after : -1;
        }

        /// <summary>The end of the code span opened by the backtick run at <paramref name="open"/>, closed on the same line, or -1.</summary>
        private static int CodeSpanEnd(string text, int open, int end)
        {
            var i = open;
            while (i < end && text[i] == '`')
            {
                i++;
            }

            var length = i - open;
            while (i < end)
            {
                if (text[i] != '`')
                {
                    i++;
                    continue;
                }

                var run = i;
                while (i < end && text[i] == '`')
                {
                    i++;
                }

                if (i - run == length)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The end of the character or <c>_</c> run at <paramref name="i"/> if Markdig's inline parsers (as
        /// <see cref="InlineReader"/> registers them) leave it a literal, else -1.
        /// </summary>
        private static int InertEnd(string text, int i, int lineStart, int end)
        {
            var c = text[i];
            switch (c)
            {
                case '*' or '\\' or '<' or '`':
                    return -1;
                case '&':
                    // An entity starts with '#' or a letter; anything else after '&' leaves it a literal.
                    return i + 1 >= end || !(text[i + 1] == '#' || IsAsciiLetterOrDigit(text[i + 1])) ? i + 1 : -1;
                case '_':
                    // Between letters or digits a '_' run can neither open nor close emphasis.
                    var runEnd = i;
                    while (runEnd < end && text[runEnd] == '_')
                    {
                        runEnd++;
                    }

                    return i > lineStart && IsAsciiLetterOrDigit(text[i - 1]) && runEnd < end && IsAsciiLetterOrDigit(text[runEnd]) ? runEnd : -1;
                default:
                    return c >= ' ' || c == '\t' ? i + 1 : -1;
            }
        }
    }
}
