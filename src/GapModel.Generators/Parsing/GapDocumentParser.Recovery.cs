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
