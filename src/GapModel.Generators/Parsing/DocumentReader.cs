using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Walks the top-level blocks of a document into entries, one open at a time: a heading or bold line with an ID and
/// a title starts one; a heading of its level or higher, or a thematic break, ends it; what is between is its content
/// (<see cref="EntryContentReader"/>). The first definition of an ID stands.
/// </summary>
internal sealed class DocumentReader
{
    private readonly ReadingOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly int _chunkLength;
    private readonly PartText _part;
    private readonly DeclaredTotal _declaredTotal = new();
    private readonly EntryContentReader _content;
    private readonly List<GapSpec> _gaps = new();
    private readonly Dictionary<string, SourcePosition> _defined = new(StringComparer.Ordinal);
    private readonly List<MarkdownDiagnostic> _diagnostics = new();
    private EntryBuilder? _entry;

    /// <summary>How long a part Markdig reads at once is, about: long enough that the parts cost nothing more, short enough that their blocks die young.</summary>
    public const int ChunkLength = 32 * 1024;

    // chunkLength: see ChunkLength; tests read in the smallest chunks to show that chunks change nothing.
    public DocumentReader(string text, ReadingOptions options, CancellationToken cancellationToken, int chunkLength = ChunkLength)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        _chunkLength = chunkLength;
        _part = new PartText(text);
        _content = new EntryContentReader(_part, _declaredTotal);
    }

    /// <summary>Reads a range of the text, in parts where Markdig cannot read it whole (<see cref="MarkdownParts"/>).</summary>
    public void Read(int start, int length)
    {
        foreach (var part in MarkdownParts.Parse(_part.Text, _part.Lines, start, length, _chunkLength, _cancellationToken))
        {
            if (part.Document is not { } document)
            {
                ReportUnreadable(part.Start, part.Length, part.Failure!);
                continue;
            }

            _part.Begin(part);
            foreach (var block in document)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                VisitTopLevel(block);
            }
        }
    }

    public GapDocumentSpec Finish()
    {
        CloseEntry();
        _declaredTotal.Check(_gaps.Count, _diagnostics);
        return new GapDocumentSpec(_gaps.ToEquatableArray(), _diagnostics.ToEquatableArray(), _declaredTotal.Value);
    }

    [MethodImpl(Optimized.Always)]
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
            case FencedCodeBlock { ClosingFencedCharCount: 0 } fence:
                // A top-level fence without a closing line runs to the end of the text.
                ReportUnclosedFence(fence);
                goto default;
            case ListBlock list when _entry is null:
                // Outside entries a list is read for document-level facts only (`- **Total Gaps Identified:** 191`).
                foreach (var item in list)
                {
                    if (item is ListItemBlock { Count: > 0 } listItem && listItem[0] is ParagraphBlock first && HasLineStartingWithEmphasis(first))
                    {
                        var lines = _part.ReadLines(first);
                        _content.ReadParagraphLines(null, lines, 0, lines.Count);
                    }
                }

                break;
            default:
                if (_entry is not null)
                {
                    _content.Read(_entry, block);
                }

                break;
        }
    }

    private void VisitHeading(HeadingBlock heading)
    {
        // A setext heading goes through Markdig's inline parse, which releases its lines: read as a paragraph below,
        // it then yields facts only inside an entry, as it always has.
        var text = heading.Lines.Count == 1 && !heading.IsSetext ? _part.ReadLines(heading)[0].Render() : _part.RenderInlines(heading);
        var shape = EntryTitle.Read(text, _options.IdPrefixes, out var id, out var title);
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
            _diagnostics.Add(DocumentDiagnostics.HeadingWithoutSeparator(id, text.Trim(), _part.IdPosition(id, heading.Span)));
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
        _entry.StartField(text.Trim(), string.Empty, _part.Position(heading));
    }

    [MethodImpl(Optimized.Always)]
    private void VisitParagraph(LeafBlock paragraph)
    {
        // Outside an entry only a bold line matters (a bold entry or a document fact): skip the inline parse otherwise.
        if (_entry is null && !HasLineStartingWithEmphasis(paragraph))
        {
            return;
        }

        // A line that is one strong span with a title starts a bold entry, even without a blank line before it.
        var lines = _part.ReadLines(paragraph);
        var from = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsOnlyStrong
                && lines[i].TryGetLeadingStrong(out var strongText, out var strongSpan)
                && EntryTitle.Read(strongText, _options.IdPrefixes, out var id, out var title) == TitleShape.Entry)
            {
                _content.ReadParagraphLines(_entry, lines, from, i);
                StartEntry(id, title, strongSpan, headingLevel: null);
                from = i + 1;
            }
        }

        _content.ReadParagraphLines(_entry, lines, from, lines.Count);
    }

    private void StartEntry(string id, string title, SourceSpan span, int? headingLevel)
    {
        CloseEntry();
        _entry = new EntryBuilder(id, title, _part.IdPosition(id, span), headingLevel, _options);
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
            _diagnostics.Add(DocumentDiagnostics.DuplicateGapId(entry.Id, first.DisplayLine, entry.Position));
            return;
        }

        _defined.Add(entry.Id, entry.Position);
        _gaps.Add(entry.Build(_diagnostics));
    }

    /// <summary>Reported at the part's first text, not at the blank lines before it.</summary>
    private void ReportUnreadable(int start, int length, string reason)
    {
        var text = _part.Text;
        var first = start;
        while (first < start + length - 1 && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        _diagnostics.Add(DocumentDiagnostics.UnreadableDocument(reason, _part.Position(first, 0)));
    }

    /// <summary>An unclosed fence swallows the rest of the document: say so when an entry may be lost in it.</summary>
    private void ReportUnclosedFence(FencedCodeBlock fence)
    {
        var offset = _part.Source.ToOffset(fence.Span.Start);
        if (!_options.ContainsPrefix(_part.Text, offset))
        {
            return;
        }

        _diagnostics.Add(DocumentDiagnostics.UnreadableDocument(DocumentDiagnostics.UnclosedFence, _part.Position(offset, 0)));
    }

    /// <summary>
    /// A look at the raw lines, before any inline parse: a field start or a bold title begins with <c>*</c> or <c>_</c>.
    /// </summary>
    private static bool HasLineStartingWithEmphasis(LeafBlock block)
    {
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var slice = block.Lines.Lines[i].Slice;
            var j = slice.Start;
            while (j <= slice.End && slice.Text[j] is ' ' or '\t')
            {
                j++;
            }

            if (j <= slice.End && slice.Text[j] is '*' or '_')
            {
                return true;
            }
        }

        return false;
    }
}
