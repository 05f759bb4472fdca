using System.Collections.Generic;
using System.Threading;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Cuts a range of the text that Markdig cannot read into parts it may read apart: before ATX headings and thematic
/// breaks (sections), or at blank lines, never inside fenced code (its text would be read as Markdown).
/// </summary>
internal static class SectionSplitter
{
    /// <summary>
    /// Splits a range before ATX headings and thematic breaks, or at blank lines, never inside a fenced code block
    /// (a fence closes on a line of at least as many of its own characters).
    /// </summary>
    public static List<(int Start, int Length)> Split(string text, int start, int length, bool byBlankLines, CancellationToken cancellationToken)
    {
        var parts = new List<(int, int)>();
        var partStart = start;
        var end = start + length;
        var fenceChar = '\0';
        var fenceLength = 0;
        var lineStart = start;
        while (lineStart < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineEnd = lineStart;
            while (lineEnd < end && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }

            var first = lineStart;
            while (first < lineEnd && text[first] is ' ' or '\t')
            {
                first++;
            }

            var run = first;
            while (run < lineEnd && run - first < 1000 && text[run] == text[first])
            {
                run++;
            }

            var runLength = run - first;
            var c = first < lineEnd ? text[first] : '\0';
            if (fenceLength > 0)
            {
                if (c == fenceChar && runLength >= fenceLength && text.Substring(run, lineEnd - run).Trim().Length == 0)
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
            if (lineEnd + 1 < end && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n')
            {
                lineStart++;
            }
        }

        parts.Add((partStart, end - partStart));
        return parts;
    }
}
