using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Markdig;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Has Markdig parse a range of the text, and where it cannot (it throws past its nesting limits, and
/// <see cref="NestingGuard"/> finds the lines it would throw on first), the range's sections apart, then their
/// blank-line chunks, so that one bad line does not lose the whole document. What is still lost is a part without a
/// document.
/// </summary>
internal static class MarkdownParts
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

    /// <summary>The parts of the range in document order, each read by Markdig or given up on.</summary>
    /// <param name="text">The whole document.</param>
    /// <param name="lines">The document's lines, to say where a line nested too deep is.</param>
    /// <param name="start">Where the range starts in <paramref name="text"/>.</param>
    /// <param name="length">The range's length.</param>
    /// <param name="chunkLength">
    /// About how long a part Markdig reads at once is (<see cref="NestingGuard.Chunks"/>): its blocks die young instead
    /// of living, and being copied by the collector, until the whole document is read.
    /// </param>
    /// <param name="cancellationToken">Checked before each part.</param>
    public static IEnumerable<MarkdownPart> Parse(string text, LineMap lines, int start, int length, int chunkLength, CancellationToken cancellationToken)
    {
        var chunks = length > chunkLength ? NestingGuard.Chunks(text, start, length, chunkLength) : null;
        if (chunks is null)
        {
            return Parse(text, lines, start, length, SplitLevel.Sections, nestingChecked: false, cancellationToken);
        }

        // The scan that found the cuts found no line too deep, and a chunk starts where its state is a fresh scan's:
        // each chunk's own scan would find none either.
        return chunks.SelectMany(chunk => Parse(text, lines, chunk.Start, chunk.Length, SplitLevel.Sections, nestingChecked: true, cancellationToken));
    }

    private static IEnumerable<MarkdownPart> Parse(string text, LineMap lines, int start, int length, SplitLevel level, bool nestingChecked, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var whole = TryParse(text, lines, start, length, nestingChecked);
        if (whole.Document is not null || level == SplitLevel.None)
        {
            yield return whole;
            yield break;
        }

        var parts = SectionSplitter.Split(text, start, length, byBlankLines: level == SplitLevel.BlankLines, cancellationToken);
        if (parts.Count < 2 && level == SplitLevel.Sections)
        {
            level = SplitLevel.BlankLines;
            parts = SectionSplitter.Split(text, start, length, byBlankLines: true, cancellationToken);
        }

        if (parts.Count < 2)
        {
            yield return whole;
            yield break;
        }

        var next = level == SplitLevel.Sections ? SplitLevel.BlankLines : SplitLevel.None;
        foreach (var (partStart, partLength) in parts)
        {
            foreach (var part in Parse(text, lines, partStart, partLength, next, nestingChecked: false, cancellationToken))
            {
                yield return part;
            }
        }
    }

    private static MarkdownPart TryParse(string text, LineMap lines, int start, int length, bool nestingChecked)
    {
        try
        {
            // Markdig would throw there too, but only after opening every level: seconds for a long line of "- - - …".
            if (!nestingChecked && NestingGuard.FirstDeepLine(text, start, length) is { } deep)
            {
                throw new InvalidOperationException($"line {lines.GetPosition(deep).Line + 1} opens more than {NestingGuard.MaxLinePrefixDepth} nested lists or quotes");
            }

            var part = start == 0 && length == text.Length ? text : text.Substring(start, length);
            return new MarkdownPart(start, length, part, Markdown.Parse(part, GapDocumentParser.Pipeline), failure: null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new MarkdownPart(start, length, string.Empty, document: null, ex.Message);
        }
    }
}
