using System;
using System.Collections.Generic;
using System.Threading;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Reads gap entries from a Markdown document. Never throws on any text: problems become
/// <see cref="MarkdownDiagnostic"/>s at their place in the document. Only cancellation escapes.
/// </summary>
/// <remarks>
/// This file holds the entry point and the block walk. Reading the lines of a paragraph (fields, titles, checkboxes)
/// is in <c>GapDocumentParser.Fields.cs</c>; what keeps hostile input from throwing or hanging is in
/// <c>GapDocumentParser.Recovery.cs</c>.
/// </remarks>
internal static partial class GapDocumentParser
{
    /// <summary>Block parsing only (see <see cref="CreatePipeline"/>); internal for the tests of <see cref="PlainLines"/>.</summary>
    internal static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public static GapDocumentSpec Parse(string text, CancellationToken cancellationToken = default)
        => Parse(text, ReadingOptions.Default, cancellationToken);

    /// <summary>Reads with a team's ID prefixes and status words (see <see cref="ReadingOptions"/>).</summary>
    public static GapDocumentSpec Parse(string text, ReadingOptions options, CancellationToken cancellationToken = default)
    {
        // A document in which no ID occurs defines no gap: a scan, not a Markdown parse (README and docs files).
        if (!options.ContainsPrefix(text))
        {
            return GapDocumentSpec.Empty;
        }

        var reader = new Reader(text, options, cancellationToken);
        var start = text[0] == '\uFEFF' ? 1 : 0;
        reader.Read(start, text.Length - start, SplitLevel.Sections);
        return reader.Finish();
    }

    /// <summary>The first line of <paramref name="text"/> cut out before Markdig reads it whole (for tests).</summary>
    internal static int? FirstDeepLine(string text) => NestingGuard.FirstDeepLine(text, 0, text.Length);

    /// <summary>
    /// Markdig parses blocks only: every leaf is closed with inline parsing off, and <see cref="InlineReader"/> parses
    /// the inlines of just the blocks the model reads, within a budget (see there). No inline parser is registered
    /// either, so a leaf that escaped the switch would still cost only a linear literal scan.
    /// </summary>
    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.InlineParsers.Clear();
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += static (_, block) =>
            {
                if (block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
    }

    /// <summary>Walks the top-level blocks, one entry open at a time.</summary>
    private sealed partial class Reader
    {
        private const string TotalGapsField = "Total Gaps Identified";

        private readonly string _text;
        private readonly ReadingOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly LineMap _lines;
        private readonly List<GapSpec> _gaps = new();
        private readonly Dictionary<string, SourcePosition> _defined = new(StringComparer.Ordinal);
        private readonly List<MarkdownDiagnostic> _diagnostics = new();
        private MarkdownSource _source;
        private string _parsedText = string.Empty;
        private InlineReader _inlines = null!;
        private EntryBuilder? _entry;
        private int? _declaredTotal;
        private SourcePosition _declaredTotalPosition;

        public Reader(string text, ReadingOptions options, CancellationToken cancellationToken)
        {
            _text = text;
            _options = options;
            _cancellationToken = cancellationToken;
            _lines = new LineMap(text);
        }

        /// <summary>Reads a range of the text; if Markdig throws on it, reads its sections, then its blank-line chunks, apart.</summary>
        public void Read(int start, int length, SplitLevel level)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            MarkdownDocument document;
            string part;
            try
            {
                // Markdig would throw there too, but only after opening every level: seconds for a long line of "- - - …".
                if (NestingGuard.FirstDeepLine(_text, start, length) is { } deep)
                {
                    throw new InvalidOperationException($"line {_lines.GetPosition(deep).Line + 1} opens more than {NestingGuard.MaxLinePrefixDepth} nested lists or quotes");
                }

                part = start == 0 && length == _text.Length ? _text : _text.Substring(start, length);
                document = Markdown.Parse(part, Pipeline);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Markdig throws past its nesting limits. Read the parts around the bad one rather than lose them all.
                if (level == SplitLevel.None)
                {
                    ReportUnreadable(start, length, ex.Message);
                    return;
                }

                var parts = SectionSplitter.Split(_text, start, length, byBlankLines: level == SplitLevel.BlankLines, _cancellationToken);
                if (parts.Count < 2 && level == SplitLevel.Sections)
                {
                    level = SplitLevel.BlankLines;
                    parts = SectionSplitter.Split(_text, start, length, byBlankLines: true, _cancellationToken);
                }

                if (parts.Count < 2)
                {
                    ReportUnreadable(start, length, ex.Message);
                    return;
                }

                var next = level == SplitLevel.Sections ? SplitLevel.BlankLines : SplitLevel.None;

                foreach (var (partStart, partLength) in parts)
                {
                    Read(partStart, partLength, next);
                }

                return;
            }

            _source = new MarkdownSource(_text, start);
            _parsedText = part;
            _inlines = new InlineReader(document);
            foreach (var block in document)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                VisitTopLevel(block);
            }
        }

        public GapDocumentSpec Finish()
        {
            CloseEntry();
            if (_declaredTotal is { } declared && declared != _gaps.Count)
            {
                _diagnostics.Add(new MarkdownDiagnostic(
                    DiagnosticIds.DeclaredTotalMismatch,
                    _declaredTotalPosition,
                    new[] { declared.ToString(System.Globalization.CultureInfo.InvariantCulture), _gaps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }.ToEquatableArray()));
            }

            return new GapDocumentSpec(_gaps.ToEquatableArray(), _diagnostics.ToEquatableArray(), _declaredTotal);
        }

        private void VisitTopLevel(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    VisitHeading(heading);
                    break;
                case ThematicBreakBlock:
                    CloseEntry();
                    break;
                case ParagraphBlock paragraph:
                    VisitParagraph(paragraph);
                    break;
                case FencedCodeBlock fence when IsUnclosedAtEnd(fence):
                    ReportUnclosedFence(fence);
                    goto default;
                case ListBlock list when _entry is null:
                    // Outside entries a list is read for document-level facts only (`- **Total Gaps Identified:** 191`).
                    foreach (var item in list)
                    {
                        if (item is ListItemBlock { Count: > 0 } listItem && listItem[0] is ParagraphBlock first && HasLineStartingWithEmphasis(first))
                        {
                            var lines = ReadLines(first);
                            ReadParagraphLines(lines, 0, lines.Count);
                        }
                    }

                    break;
                default:
                    if (_entry is not null)
                    {
                        VisitInEntry(block);
                    }

                    break;
            }
        }

        private void VisitHeading(HeadingBlock heading)
        {
            // A setext heading goes through Markdig's inline parse, which releases its lines: read as a paragraph below,
            // it then yields facts only inside an entry, as it always has.
            var text = heading.Lines.Count == 1 && !heading.IsSetext ? ReadLines(heading)[0].Render() : InlineText.Render(_inlines.Read(heading), _source);
            var shape = ReadTitle(text, out var id, out var title);
            if (shape == TitleShape.Entry)
            {
                StartEntry(id, title, heading.Span, heading.Level);
                return;
            }

            // "Text" over a line of dashes is a setext heading to Markdig; in gap documents it is a paragraph and a rule.
            if (heading.IsSetext && heading.Level == 2)
            {
                VisitParagraph(heading);
                CloseEntry();
                return;
            }

            if (shape == TitleShape.IdWithoutSeparator)
            {
                // "### GAP-020 use cases": most likely a gap whose ':' or dash was forgotten; say so rather than drop it silently.
                _diagnostics.Add(new MarkdownDiagnostic(DiagnosticIds.HeadingWithoutSeparator, IdPosition(id, heading.Span), new[] { id, text.Trim() }.ToEquatableArray()));
            }

            if (_entry is null)
            {
                return;
            }

            // A bold entry ends at any heading, a heading entry at one of its own level or higher.
            if (_entry.HeadingLevel is not { } level || heading.Level <= level)
            {
                CloseEntry();
                return;
            }

            // A deeper heading inside a heading entry names a field of its own.
            _entry.StartField(text.Trim(), string.Empty, Position(heading));
        }

        private void VisitParagraph(LeafBlock paragraph)
        {
            // Outside an entry only a bold line matters (a bold entry or a document fact): skip the inline parse otherwise.
            if (_entry is null && !HasLineStartingWithEmphasis(paragraph))
            {
                return;
            }

            // A line that is one strong span with a title starts a bold entry, even without a blank line before it.
            var lines = ReadLines(paragraph);
            var from = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].IsOnlyStrong
                    && lines[i].TryGetLeadingStrong(out var strongText, out var strongSpan)
                    && ReadTitle(strongText, out var id, out var title) == TitleShape.Entry)
                {
                    ReadParagraphLines(lines, from, i);
                    StartEntry(id, title, strongSpan, headingLevel: null);
                    from = i + 1;
                }
            }

            ReadParagraphLines(lines, from, lines.Count);
        }

        private void VisitInEntry(Block block)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    _entry!.BeginParagraph();
                    var paragraphLines = ReadLines(paragraph);
                    AddLines(paragraphLines, 0, paragraphLines.Count);
                    break;
                case ListBlock list:
                    foreach (var item in list)
                    {
                        if (item is ListItemBlock listItem)
                        {
                            VisitListItem(listItem);
                        }
                    }

                    break;
                case LeafBlock leaf:
                    // Code, HTML, headings in quotes and anything else kept as written: an ID in them defines nothing.
                    _entry!.BeginParagraph();
                    _entry.AppendText((_source.Slice(leaf.Span) ?? string.Empty).Trim(), Position(leaf));
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        VisitInEntry(child);
                    }

                    break;
            }
        }

        private void VisitListItem(ListItemBlock item)
        {
            var rest = 0;
            if (item.Count > 0 && item[0] is ParagraphBlock paragraph)
            {
                rest = 1;
                var lines = ReadLines(paragraph);
                if (TryReadCheckbox(paragraph, out var isDone))
                {
                    var text = RenderJoined(lines).Replace('\n', ' ').Trim();
                    _entry!.AddChecklistItem(StripCheckbox(text), isDone, Position(paragraph));
                }
                else if (TryReadFieldStart(lines[0], out var name, out var value, out var position))
                {
                    if (!TryReadDocumentField(name, value, position))
                    {
                        StartField(name, value, position);
                    }

                    AddLines(lines, 1, lines.Count);
                }
                else
                {
                    AddLines(lines, 0, lines.Count);
                }
            }

            for (var i = rest; i < item.Count; i++)
            {
                VisitInEntry(item[i]);
            }
        }

        private bool TryReadDocumentField(string name, string value, SourcePosition position)
        {
            if (!string.Equals(name, TotalGapsField, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var digits = 0;
            // ASCII only: int.TryParse rejects the other digits char.IsDigit accepts, and with them the whole number.
            while (digits < value.Length && value[digits] is >= '0' and <= '9')
            {
                digits++;
            }

            if (_declaredTotal is null
                && digits > 0
                && int.TryParse(value.Substring(0, digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var total))
            {
                _declaredTotal = total;
                _declaredTotalPosition = position;
            }

            return true;
        }

        private void StartEntry(string id, string title, SourceSpan span, int? headingLevel)
        {
            CloseEntry();
            _entry = new EntryBuilder(id, title, IdPosition(id, span), headingLevel, _options);
        }

        /// <summary>Where <paramref name="id"/> is written in the node at <paramref name="span"/>, or the node's start.</summary>
        private SourcePosition IdPosition(string id, SourceSpan span)
        {
            var offset = Math.Max(0, Math.Min(_source.ToOffset(span.Start), _text.Length));
            // Within the node only: an ID written with escapes or entities is not found verbatim, and a search to the end would be quadratic.
            var idOffset = _text.IndexOf(id, offset, Math.Max(0, Math.Min(span.Length, _text.Length - offset)), StringComparison.Ordinal);
            return Position(idOffset < 0 ? offset : idOffset, id.Length);
        }

        private void CloseEntry()
        {
            if (_entry is null)
            {
                return;
            }

            var entry = _entry;
            _entry = null;
            if (_defined.TryGetValue(entry.Id, out var first))
            {
                _diagnostics.Add(new MarkdownDiagnostic(DiagnosticIds.DuplicateGapId, entry.Position, new[] { entry.Id, "line " + first.DisplayLine.ToString(System.Globalization.CultureInfo.InvariantCulture) }.ToEquatableArray()));
                return;
            }

            _defined.Add(entry.Id, entry.Position);
            _gaps.Add(entry.Build(_diagnostics));
        }

        private SourcePosition Position(MarkdownObject node) => Position(node.Span);

        private SourcePosition Position(SourceSpan span)
            => span.IsEmpty || span.Start < 0 ? Position(_source.Shift, 0) : Position(_source.ToOffset(span.Start), span.Length);

        /// <summary>The lines of a paragraph or heading: from the source when they are plain, else from Markdig's inline parse.</summary>
        private List<ParagraphLine> ReadLines(LeafBlock block)
            => PlainLines.TryRead(block, _parsedText) ?? InlineLine.Split(_inlines.Read(block), _source);

        /// <summary>The lines' text joined by line breaks: the whole paragraph's rendering.</summary>
        private static string RenderJoined(List<ParagraphLine> lines)
        {
            if (lines.Count == 1)
            {
                return lines[0].Render();
            }

            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : "\n").Append(lines[i].Render());
            }

            return builder.ToString();
        }

        private SourcePosition Position(int offset, int length)
        {
            offset = Math.Max(0, Math.Min(offset, _text.Length));
            length = Math.Max(0, Math.Min(length, _text.Length - offset));
            var (line, column) = _lines.GetPosition(offset);
            return new SourcePosition(offset, length, line, column);
        }
    }
}
