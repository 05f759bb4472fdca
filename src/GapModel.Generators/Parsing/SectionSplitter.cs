using System.Collections.Generic;
using System.Threading;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Cuts a range of the text that Markdig cannot read into parts it may read apart: before ATX headings and thematic
/// breaks (sections), or at blank lines, never inside fenced code (its text would be read as Markdown).
/// </summary>
internal static class SectionSplitter
{
    public static List<(int Start, int Length)> Split(string text, int start, int length, bool byBlankLines, CancellationToken cancellationToken)
    {
        var parts = new List<(int, int)>();
        var partStart = start;

        // Every fence the loose rules see is followed: a cut left out only leaves a larger part, a cut inside code
        // would read the code as entries.
        var lines = new MarkdownLineCursor(text, start, length, FenceRules.Loose);
        while (lines.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lines.IsInFence)
            {
                continue;
            }

            if (lines.FenceOpening() is var opening && opening > 0)
            {
                lines.OpenFence(opening);
            }
            else if (lines.LineStart > partStart && (byBlankLines ? lines.IsBlank : StartsSection(text, lines.First, lines.LineEnd)))
            {
                parts.Add((partStart, lines.LineStart - partStart));
                partStart = lines.LineStart;
            }
        }

        parts.Add((partStart, start + length - partStart));
        return parts;
    }

    /// <summary>A line that may start a heading (<c>#</c>) or a thematic break (three <c>-</c>, <c>*</c> or <c>_</c>), told loosely.</summary>
    private static bool StartsSection(string text, int first, int lineEnd)
    {
        if (first == lineEnd)
        {
            return false;
        }

        var c = text[first];
        return c == '#' || (c is '-' or '*' or '_' && first + 2 < lineEnd && text[first + 1] == c && text[first + 2] == c);
    }
}
