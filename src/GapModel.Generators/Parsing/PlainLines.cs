using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Reads the lines of a paragraph or one-line heading straight from the source when Markdig's inline parser would
/// only find literals, code spans and at most one <c>**strong**</c> span at the start of each line (a field name or a
/// bold title): most lines of a gap document. Anything else returns <see langword="null"/> and is left to
/// <see cref="InlineReader"/>. This skips the inline parse, its tree and the re-rendering (docs/performance.md).
/// </summary>
/// <remarks>
/// The rules copy what Markdig does with such lines: it trims a line's trailing spaces before a line break, a code span
/// renders as written, <c>&amp;</c> that cannot start an entity and <c>_</c> between letters or digits stay literal,
/// and a <c>**</c> run opens or closes by the CommonMark flanking rules, checked here only in the plain cases.
/// </remarks>
internal static class PlainLines
{
    [MethodImpl(Optimized.Always)]
    public static List<ParagraphLine>? TryRead(LeafBlock block, string parsedText)
    {
        var count = block.Lines.Count;
        if (count == 0 || !(block is ParagraphBlock || (block is HeadingBlock && count == 1)))
        {
            return null;
        }

        // Past this many triggers InlineReader parses line by line, or in chunks, which reads some lines differently.
        if (InlineReader.IsOverBudget(block.Lines.Lines, count))
        {
            return null;
        }

        var lines = new List<ParagraphLine>(count);
        for (var i = 0; i < count; i++)
        {
            var slice = block.Lines.Lines[i].Slice;
            if (!ReferenceEquals(slice.Text, parsedText))
            {
                return null;
            }

            var end = slice.End + 1;
            if (i < count - 1)
            {
                // Markdig drops the spaces before a line break (not the last line's: the paragraph is trimmed already).
                while (end > slice.Start && parsedText[end - 1] == ' ')
                {
                    end--;
                }
            }

            if (SourceLine.TryRead(parsedText, slice.Start, end) is not { } line)
            {
                return null;
            }

            lines.Add(line);
        }

        return lines;
    }
}
