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

    private sealed partial class Reader
    {
        /// <summary>Markdig's block nesting limit: a line with more markers than this cannot be read.</summary>
        private const int MaxLinePrefixDepth = 128;

        /// <summary>
        /// Offsets of the lines that start with more list or quote markers than Markdig's 128 block levels allow
        /// (each marker opens at least one block), found in one linear scan.
        /// </summary>
        private static List<int> FindDeepLines(string text)
        {
            var deep = new List<int>();
            var i = 0;
            while (i < text.Length)
            {
                var lineStart = i;
                var markers = 0;
                while (i < text.Length && markers <= MaxLinePrefixDepth)
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
                    else if (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '\t')
                    {
                        markers++;
                        i += 2;
                    }
                    else
                    {
                        var digits = i;
                        while (digits < text.Length && digits - i < 9 && text[digits] is >= '0' and <= '9')
                        {
                            digits++;
                        }

                        if (digits > i && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t')
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

                // "- - - … -" alone on its line is a thematic break, however long, not a list.
                var ruleChar = markers > MaxLinePrefixDepth ? text[lineStart + CountSpaces(text, lineStart)] : '\0';
                var isRule = ruleChar is '-' or '*';
                while (i < text.Length && text[i] is not ('\n' or '\r'))
                {
                    isRule &= text[i] == ruleChar || text[i] is ' ' or '\t';
                    i++;
                }

                if (markers > MaxLinePrefixDepth && !isRule)
                {
                    deep.Add(lineStart);
                }

                i++;
            }

            return deep;
        }

        private static int CountSpaces(string text, int start)
        {
            var i = start;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i - start;
        }

        private int? FirstDeepLine(int start, int length)
        {
            var index = _deepLines.BinarySearch(start);
            index = index < 0 ? ~index : index;
            return index < _deepLines.Count && _deepLines[index] < start + length ? _deepLines[index] : null;
        }

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
            if (_text.IndexOf(GapIdSyntax.Prefix, offset, StringComparison.Ordinal) < 0)
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
