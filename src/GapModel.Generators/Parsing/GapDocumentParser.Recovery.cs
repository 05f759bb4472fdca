using System;
using System.Collections.Generic;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

// What keeps hostile input from throwing or hanging: lines nested past Markdig's limit are found before it
// parses, a range it cannot read is split and read in parts, and what is still lost is reported where it is.
internal static partial class GapDocumentParser
{
    /// <summary>How far a range that Markdig cannot read is split before it is given up.</summary>
    private enum SplitLevel
    {
        /// <summary>Split before headings and thematic breaks.</summary>
        Sections,

        /// <summary>Split at blank lines.</summary>
        BlankLines,

        /// <summary>Report the range as unreadable.</summary>
        None,
    }

    /// <summary>What may end the HTML blocks that may be open where <c>FirstDeepLine</c> looks.</summary>
    [Flags]
    private enum HtmlEnd
    {
        None = 0,
        BlankLine = 1,
        Comment = 2,
        Instruction = 4,
        CData = 8,
        Declaration = 16,
        RawText = 32,
    }

    private sealed partial class Reader
    {
        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>Markdig's block nesting limit: a line with more markers than this cannot be read.</summary>
        private const int MaxLinePrefixDepth = 128;

        /// <summary>
        /// The first line of a range that opens more list or quote levels than Markdig's 128 allow (each marker opens
        /// at least one block), as Markdig will read the range on its own: one linear scan with no context from outside
        /// the range, so a part read after a split is judged as Markdig sees it.
        /// </summary>
        /// <remarks>
        /// A deep line inside code opens nothing and is left to Markdig. The scan follows top-level fenced code and
        /// trusts a fence only where nothing it does not follow could change its meaning: a fence line while an HTML
        /// block may be open, or indented 2-3 columns while a list item may be open, may belong to that block instead,
        /// and after one no fence is trusted. Taking a line for code when it is not would let Markdig build every level
        /// of it (seconds per megabyte); the other mistake only reports a line Markdig could have read.
        /// </remarks>
        internal int? FirstDeepLine(int start, int length)
        {
            var end = start + length;
            var fenceChar = '\0';
            var fenceLength = 0;
            var untrusted = false;
            var listMayBeOpen = false;
            var html = HtmlEnd.None;
            var previousBlank = true;
            var lineStart = start;
            while (lineStart < end)
            {
                // IndexOfAny is vectorised: this scan runs over every document before Markdig does.
                var lineEnd = _text.IndexOfAny(LineBreaks, lineStart, end - lineStart);
                lineEnd = lineEnd < 0 ? end : lineEnd;
                var first = lineStart;
                var indent = 0;
                while (first < lineEnd && _text[first] is ' ' or '\t')
                {
                    indent = _text[first] == '\t' ? (indent + 4) & ~3 : indent + 1;
                    first++;
                }

                var blank = first == lineEnd;
                if (fenceLength > 0)
                {
                    // Inside a trusted fence every line is code up to the closing fence: a long enough run then only whitespace.
                    if (indent <= 3 && FenceRun(first, lineEnd, fenceChar) is var run && run >= fenceLength && MarkdownWhitespace.IsBlank(_text, first + run, lineEnd))
                    {
                        fenceLength = 0;
                    }
                }
                else
                {
                    // A line indented less than any list item's content closes every item, unless it continues a paragraph.
                    if (!blank && indent < 2 && previousBlank)
                    {
                        listMayBeOpen = false;
                    }

                    if (!blank && indent <= 3 && StartsListItem(first, lineEnd))
                    {
                        listMayBeOpen = true;
                    }

                    var opening = !blank && indent <= 3 && _text[first] is '`' or '~' ? FenceRun(first, lineEnd, _text[first]) : 0;
                    if (opening >= 3 && !(_text[first] == '`' && _text.IndexOf('`', first + opening, lineEnd - first - opening) >= 0))
                    {
                        if (!untrusted && html == HtmlEnd.None && (indent <= 1 || !listMayBeOpen))
                        {
                            fenceChar = _text[first];
                            fenceLength = opening;
                            listMayBeOpen = false;
                        }
                        else
                        {
                            untrusted = true;
                        }
                    }
                    else
                    {
                        if (!blank && indent <= 3 && _text[first] == '<')
                        {
                            html |= HtmlStart(first, lineEnd);
                        }

                        // Indented four columns with no list item open, a line is code or paragraph text: it opens nothing.
                        if ((indent < 4 || listMayBeOpen) && IsDeep(lineStart, lineEnd))
                        {
                            return lineStart;
                        }
                    }

                    html &= ~HtmlEnded(html, lineStart, lineEnd, blank);
                }

                previousBlank = blank;
                lineStart = lineEnd + (lineEnd + 1 < end && _text[lineEnd] == '\r' && _text[lineEnd + 1] == '\n' ? 2 : 1);
            }

            return null;
        }

        /// <summary>Whether a line starts with more than <see cref="MaxLinePrefixDepth"/> list or quote markers.</summary>
        private bool IsDeep(int lineStart, int lineEnd)
        {
            // Most lines start with no marker at all: say so before looking for a thematic break at the end.
            var lead = lineStart;
            while (lead < lineEnd && _text[lead] is ' ' or '\t')
            {
                lead++;
            }

            if (lead == lineEnd || _text[lead] is not ('>' or '-' or '*' or '+' or (>= '0' and <= '9')))
            {
                return false;
            }

            // Where the rest of the line is a thematic break ("> - - - …"), its first character starts the break, not a list.
            var dashes = RuleTail(lineStart, lineEnd, '-');
            var stars = RuleTail(lineStart, lineEnd, '*');
            var markers = 0;
            var i = lineStart;
            while (i < lineEnd && markers <= MaxLinePrefixDepth)
            {
                var c = _text[i];
                if (c is ' ' or '\t')
                {
                    i++;
                }
                else if (c == '>')
                {
                    markers++;
                    i++;
                }
                else if ((c == '-' && i >= dashes.From && i <= dashes.To) || (c == '*' && i >= stars.From && i <= stars.To))
                {
                    return false;
                }
                else if (c is '-' or '*' or '+' && i + 1 < lineEnd && _text[i + 1] is ' ' or '\t')
                {
                    markers++;
                    i += 2;
                }
                else
                {
                    var digits = i;
                    while (digits < lineEnd && digits - i < 9 && _text[digits] is >= '0' and <= '9')
                    {
                        digits++;
                    }

                    if (digits > i && digits + 1 < lineEnd && _text[digits] is '.' or ')' && _text[digits + 1] is ' ' or '\t')
                    {
                        markers++;
                        i = digits + 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            return markers > MaxLinePrefixDepth;
        }

        /// <summary>
        /// The tail of a line made only of <paramref name="c"/>, spaces and tabs: a <paramref name="c"/> between From
        /// and To has at least two more after it (To &lt; From when the tail holds fewer than three).
        /// </summary>
        private (int From, int To) RuleTail(int lineStart, int lineEnd, char c)
        {
            var count = 0;
            var to = -1;
            var i = lineEnd;
            while (i > lineStart && (_text[i - 1] == c || _text[i - 1] is ' ' or '\t'))
            {
                i--;
                if (_text[i] == c && ++count == 3)
                {
                    to = i;
                }
            }

            return (i, to);
        }

        private int FenceRun(int first, int lineEnd, char c)
        {
            var i = first;
            while (i < lineEnd && _text[i] == c)
            {
                i++;
            }

            return i - first;
        }

        /// <summary>A bullet or ordered list marker then whitespace or the line end; liberal, as a mistake only costs trust.</summary>
        private bool StartsListItem(int first, int lineEnd)
        {
            var i = first;
            if (_text[i] is '-' or '*' or '+')
            {
                i++;
            }
            else
            {
                while (i < lineEnd && _text[i] is >= '0' and <= '9')
                {
                    i++;
                }

                if (i == first || i == lineEnd || _text[i] is not ('.' or ')'))
                {
                    return false;
                }

                i++;
            }

            return i == lineEnd || char.IsWhiteSpace(_text[i]);
        }

        /// <summary>
        /// What may end the HTML block a line starting with <c>&lt;</c> may open: Markdig's kinds 1-5 end at a marker,
        /// told as Markdig tells them (a kind taken for another could end early), and the rest at a blank line.
        /// </summary>
        private HtmlEnd HtmlStart(int first, int lineEnd)
        {
            if (StartsWith(first, lineEnd, "<!--"))
            {
                return HtmlEnd.Comment;
            }

            if (StartsWith(first, lineEnd, "<?"))
            {
                return HtmlEnd.Instruction;
            }

            if (StartsWith(first, lineEnd, "<![CDATA["))
            {
                return HtmlEnd.CData;
            }

            // Markdig wants an upper-case letter; taking any letter only withholds trust from a later fence.
            if (first + 2 < lineEnd && _text[first + 1] == '!' && _text[first + 2] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                return HtmlEnd.Declaration;
            }

            var name = first + 1;
            while (name < lineEnd && name - first <= 10 && _text[name] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                name++;
            }

            var tag = _text.Substring(first + 1, name - first - 1).ToLowerInvariant();
            return tag is "script" or "pre" or "style" or "textarea" && (name == lineEnd || _text[name] is '>' or '\0' || char.IsWhiteSpace(_text[name]))
                ? HtmlEnd.RawText
                : HtmlEnd.BlankLine;
        }

        /// <summary>The ends among <paramref name="open"/> this line meets (Markdig looks for them on the opening line too).</summary>
        private HtmlEnd HtmlEnded(HtmlEnd open, int lineStart, int lineEnd, bool blank)
        {
            var ended = blank ? HtmlEnd.BlankLine : HtmlEnd.None;
            if ((open & HtmlEnd.Comment) != 0 && Contains(lineStart, lineEnd, "-->"))
            {
                ended |= HtmlEnd.Comment;
            }

            if ((open & HtmlEnd.Instruction) != 0 && Contains(lineStart, lineEnd, "?>"))
            {
                ended |= HtmlEnd.Instruction;
            }

            if ((open & HtmlEnd.CData) != 0 && Contains(lineStart, lineEnd, "]]>"))
            {
                ended |= HtmlEnd.CData;
            }

            if ((open & HtmlEnd.Declaration) != 0 && Contains(lineStart, lineEnd, ">"))
            {
                ended |= HtmlEnd.Declaration;
            }

            if ((open & HtmlEnd.RawText) != 0
                && (Contains(lineStart, lineEnd, "</script>") || Contains(lineStart, lineEnd, "</pre>") || Contains(lineStart, lineEnd, "</style>") || Contains(lineStart, lineEnd, "</textarea>")))
            {
                ended |= HtmlEnd.RawText;
            }

            return ended;
        }

        private bool StartsWith(int first, int lineEnd, string value)
            => lineEnd - first >= value.Length && string.CompareOrdinal(_text, first, value, 0, value.Length) == 0;

        private bool Contains(int lineStart, int lineEnd, string value)
            => _text.IndexOf(value, lineStart, lineEnd - lineStart, StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>
        /// Splits a range before ATX headings and thematic breaks, or at blank lines, never inside a fenced code block
        /// (a fence closes on a line of at least as many of its own characters).
        /// </summary>
        private List<(int Start, int Length)> Split(int start, int length, bool byBlankLines)
        {
            var parts = new List<(int, int)>();
            var partStart = start;
            var end = start + length;
            var fenceChar = '\0';
            var fenceLength = 0;
            var lineStart = start;
            while (lineStart < end)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var lineEnd = lineStart;
                while (lineEnd < end && _text[lineEnd] is not ('\n' or '\r'))
                {
                    lineEnd++;
                }

                var first = lineStart;
                while (first < lineEnd && _text[first] is ' ' or '\t')
                {
                    first++;
                }

                var run = first;
                while (run < lineEnd && run - first < 1000 && _text[run] == _text[first])
                {
                    run++;
                }

                var runLength = run - first;
                var c = first < lineEnd ? _text[first] : '\0';
                if (fenceLength > 0)
                {
                    if (c == fenceChar && runLength >= fenceLength && _text.Substring(run, lineEnd - run).Trim().Length == 0)
                    {
                        fenceLength = 0;
                    }
                }
                else if (c is '`' or '~' && runLength >= 3)
                {
                    fenceChar = c;
                    fenceLength = runLength;
                }
                else if (lineStart > partStart
                    && (byBlankLines ? first == lineEnd : c == '#' || (c is '-' or '*' or '_' && runLength >= 3)))
                {
                    parts.Add((partStart, lineStart - partStart));
                    partStart = lineStart;
                }

                lineStart = lineEnd + 1;
                if (lineEnd + 1 < end && _text[lineEnd] == '\r' && _text[lineEnd + 1] == '\n')
                {
                    lineStart++;
                }
            }

            parts.Add((partStart, end - partStart));
            return parts;
        }

        /// <summary>Reported at the part's first text, not at the blank lines before it.</summary>
        private void ReportUnreadable(int start, int length, string reason)
        {
            var first = start;
            while (first < start + length - 1 && char.IsWhiteSpace(_text[first]))
            {
                first++;
            }

            _diagnostics.Add(new MarkdownDiagnostic(DiagnosticIds.UnreadableDocument, Position(first, 0), new[] { reason }.ToEquatableArray()));
        }

        /// <summary>A top-level fence without a closing line runs to the end of the text.</summary>
        private static bool IsUnclosedAtEnd(FencedCodeBlock fence) => fence.ClosingFencedCharCount == 0;

        /// <summary>An unclosed fence swallows the rest of the document: say so when an entry may be lost in it.</summary>
        private void ReportUnclosedFence(FencedCodeBlock fence)
        {
            var offset = _source.ToOffset(fence.Span.Start);
            if (!_options.ContainsPrefix(_text, offset))
            {
                return;
            }

            _diagnostics.Add(new MarkdownDiagnostic(
                DiagnosticIds.UnreadableDocument,
                Position(offset, 0),
                new[] { "the code fence opened here is never closed, so the rest of the document is read as code and defines no gap" }.ToEquatableArray()));
        }
    }
}
