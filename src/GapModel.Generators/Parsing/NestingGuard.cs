using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Finds a line nested deeper than Markdig can read before Markdig reads it: Markdig opens every level of such a line
/// before it throws, seconds for a long line of <c>- - - …</c>. A pure function of the text.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Markdig's block nesting limit: a line with more markers than this cannot be read.</summary>
    public const int MaxLinePrefixDepth = 128;

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
    public static int? FirstDeepLine(string text, int start, int length) => Scan(text, start, length, chunkLength: 0, cuts: null);

    /// <summary>
    /// The range in chunks of about <paramref name="chunkLength"/> that Markdig reads apart exactly as it reads them
    /// together, or <see langword="null"/> when a line is too deep or a link reference definition may stand in it (the
    /// range is then read as before, whole or split).
    /// A chunk ends before an ATX heading at column 0 that follows an empty line, outside fenced code and any HTML
    /// block that can hold blank lines, and while no fence is untrusted: every other block has ended there.
    /// </summary>
    public static List<(int Start, int Length)>? Chunks(string text, int start, int length, int chunkLength)
    {
        // Markdig gathers a document's link reference definitions ("[a]: url") into one group wherever they stand, and
        // chunks would each gather their own: a range that may hold one is not cut.
        var cuts = new List<int>();
        if (text.IndexOf("]:", start, length, StringComparison.Ordinal) >= 0 || Scan(text, start, length, chunkLength, cuts) is not null)
        {
            return null;
        }

        var chunks = new List<(int, int)>(cuts.Count + 1);
        var chunkStart = start;
        foreach (var cut in cuts)
        {
            chunks.Add((chunkStart, cut - chunkStart));
            chunkStart = cut;
        }

        chunks.Add((chunkStart, start + length - chunkStart));
        return chunks;
    }

    [MethodImpl(Optimized.Always)]
    private static int? Scan(string text, int start, int length, int chunkLength, List<int>? cuts)
    {
        var lines = new MarkdownLineCursor(text, start, length, FenceRules.Markdig);
        var chunkStart = start;
        var untrusted = false;
        var listMayBeOpen = false;
        var html = default(OpenHtmlBlocks);
        var previousBlank = true;

        // Markdig ends an HTML block of kind 6 or 7 at an empty line, not at one of spaces: for the cuts, only an
        // empty line ends every block before a heading, and HTML is followed as Markdig ends it. A fence line while
        // such HTML may be open may be HTML text: no cut is trusted after one (see Chunks).
        var previousEmpty = true;
        var cutHtml = default(OpenHtmlBlocks);
        var cutsTrusted = true;
        while (lines.MoveNext())
        {
            // Inside a trusted fence every line is code up to the closing fence.
            if (!lines.IsInFence)
            {
                var blank = lines.IsBlank;
                var indent = lines.Indent;
                if (cuts is not null && previousEmpty && indent == 0 && !untrusted && cutsTrusted && !cutHtml.Any
                    && lines.LineStart - chunkStart >= chunkLength && StartsAtxHeading(text, lines.First, lines.LineEnd))
                {
                    cuts.Add(lines.LineStart);
                    chunkStart = lines.LineStart;
                }

                // A line indented less than any list item's content closes every item, unless it continues a paragraph.
                if (!blank && indent < 2 && previousBlank)
                {
                    listMayBeOpen = false;
                }

                if (!blank && indent <= 3 && StartsListItem(text, lines.First, lines.LineEnd))
                {
                    listMayBeOpen = true;
                }

                if (lines.FenceOpening() is var opening && opening > 0)
                {
                    cutsTrusted &= !cutHtml.Any;
                    if (!untrusted && !html.Any && (indent <= 1 || !listMayBeOpen))
                    {
                        lines.OpenFence(opening);
                        listMayBeOpen = false;
                    }
                    else
                    {
                        untrusted = true;
                    }
                }
                else
                {
                    if (!blank && indent <= 3 && text[lines.First] == '<')
                    {
                        html.StartAt(text, lines.First, lines.LineEnd);
                        cutHtml.StartAt(text, lines.First, lines.LineEnd);
                    }

                    // Indented four columns with no list item open, a line is code or paragraph text: it opens nothing.
                    if ((indent < 4 || listMayBeOpen) && IsDeep(text, lines.LineStart, lines.LineEnd))
                    {
                        return lines.LineStart;
                    }
                }

                html.EndAt(text, lines.LineStart, lines.LineEnd, blank);
                cutHtml.EndAt(text, lines.LineStart, lines.LineEnd, blank: lines.LineStart == lines.LineEnd);
            }

            previousBlank = lines.IsBlank;
            previousEmpty = lines.LineStart == lines.LineEnd;
        }

        return null;
    }

    /// <summary>Whether a line starts with more than <see cref="MaxLinePrefixDepth"/> list or quote markers.</summary>
    [MethodImpl(Optimized.Always)]
    private static bool IsDeep(string text, int lineStart, int lineEnd)
    {
        // Most lines start with no marker at all: say so before looking for a thematic break at the end.
        var lead = lineStart;
        while (lead < lineEnd && text[lead] is ' ' or '\t')
        {
            lead++;
        }

        if (lead == lineEnd || text[lead] is not ('>' or '-' or '*' or '+' or (>= '0' and <= '9')))
        {
            return false;
        }

        // Where the rest of the line is a thematic break ("> - - - …"), its first character starts the break, not a list.
        var dashes = RuleTail(text, lineStart, lineEnd, '-');
        var stars = RuleTail(text, lineStart, lineEnd, '*');
        var markers = 0;
        var i = lineStart;
        while (i < lineEnd && markers <= MaxLinePrefixDepth)
        {
            var c = text[i];
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
            else if (c is '-' or '*' or '+' && i + 1 < lineEnd && text[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else
            {
                var digits = i;
                while (digits < lineEnd && digits - i < 9 && text[digits] is >= '0' and <= '9')
                {
                    digits++;
                }

                if (digits > i && digits + 1 < lineEnd && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t')
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
    private static (int From, int To) RuleTail(string text, int lineStart, int lineEnd, char c)
    {
        var count = 0;
        var to = -1;
        var i = lineEnd;
        while (i > lineStart && (text[i - 1] == c || text[i - 1] is ' ' or '\t'))
        {
            i--;
            if (text[i] == c && ++count == 3)
            {
                to = i;
            }
        }

        return (i, to);
    }

    /// <summary>One to six <c>#</c> then whitespace or the line end.</summary>
    private static bool StartsAtxHeading(string text, int first, int lineEnd)
    {
        var i = first;
        while (i < lineEnd && i - first < 7 && text[i] == '#')
        {
            i++;
        }

        return i > first && i - first <= 6 && (i == lineEnd || text[i] is ' ' or '\t');
    }

    /// <summary>A bullet or ordered list marker then whitespace or the line end; liberal, as a mistake only costs trust.</summary>
    private static bool StartsListItem(string text, int first, int lineEnd)
    {
        var i = first;
        if (text[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            while (i < lineEnd && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            if (i == first || i == lineEnd || text[i] is not ('.' or ')'))
            {
                return false;
            }

            i++;
        }

        return i == lineEnd || char.IsWhiteSpace(text[i]);
    }
}
