using System;
using System.Collections.Generic;
using GapModel.Generators.Model;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

// The lines of a paragraph: field starts (**Name:**), titles (GAP-ID: Title) and checkboxes.
internal static partial class GapDocumentParser
{
    private sealed partial class Reader
    {
        private void ReadParagraphLines(List<ParagraphLine> lines, int from, int to)
        {
            if (from >= to)
            {
                return;
            }

            if (_entry is not null)
            {
                if (from == 0)
                {
                    _entry.BeginParagraph();
                }

                AddLines(lines, from, to);
                return;
            }

            // Outside any entry only document-level facts are read.
            for (var i = from; i < to; i++)
            {
                if (TryReadFieldStart(lines[i], out var name, out var value, out var position))
                {
                    TryReadDocumentField(name, value, position);
                }
            }
        }

        /// <summary>Each line that starts with <c>**Name:**</c> starts a field; other lines continue the current one.</summary>
        private void AddLines(List<ParagraphLine> lines, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (TryReadFieldStart(lines[i], out var name, out var value, out var position))
                {
                    if (!TryReadDocumentField(name, value, position))
                    {
                        StartField(name, value, position);
                    }
                }
                else if (!lines[i].IsEmpty)
                {
                    _entry!.AppendText(WithoutTrailingBreaks(lines[i].Render().Trim(), out _), Position(lines[i].FirstSpan));
                }
            }
        }

        /// <summary>
        /// Starts a field of the entry. A value that is only a <c>&lt;br&gt;</c> (<c>**Impact:** &lt;br&gt;</c>) is empty,
        /// and the field ends there: the lines after it are not its text.
        /// </summary>
        private void StartField(string name, string value, SourcePosition position)
        {
            value = WithoutTrailingBreaks(value, out var hadBreak);
            _entry!.StartField(name, value, position);
            if (hadBreak && value.Length == 0)
            {
                _entry.EndField();
            }
        }

        /// <summary>The text without the <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c> tags that end it: line breaks, not text.</summary>
        private static string WithoutTrailingBreaks(string text, out bool hadBreak)
        {
            hadBreak = false;
            while (text.Length >= 4 && text[text.Length - 1] == '>')
            {
                var open = text.LastIndexOf('<');
                if (open < 0 || !IsBreakTag(text, open))
                {
                    break;
                }

                text = text.Substring(0, open).TrimEnd();
                hadBreak = true;
            }

            return text;
        }

        private static bool IsBreakTag(string text, int open)
        {
            var tag = text.Substring(open + 1, text.Length - open - 2).Replace(" ", string.Empty);
            return string.Equals(tag, "br", StringComparison.OrdinalIgnoreCase) || string.Equals(tag, "br/", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A line that starts with a strong span ending in a colon (<c>**Name:**</c>, or <c>**Name**:</c>).</summary>
        private bool TryReadFieldStart(ParagraphLine line, out string name, out string value, out SourcePosition position)
        {
            position = default;
            if (!line.TryReadField(out name, out value, out var span))
            {
                return false;
            }

            position = Position(span);
            return true;
        }

        /// <summary>What a heading's or bold line's text is to the reader.</summary>
        private enum TitleShape
        {
            /// <summary>Not an ID at the start.</summary>
            None,

            /// <summary>An ID, a separator and the title: an entry.</summary>
            Entry,

            /// <summary>An ID at the start but no separator after it (<c>GAP-020 use cases</c>): no entry.</summary>
            IdWithoutSeparator,
        }

        /// <summary>
        /// <c>GAP-ID: Title</c>, <c>GAP-ID — Title</c>, <c>GAP-ID – Title</c> or <c>GAP-ID - Title</c>: the ID, then a
        /// colon right after it or a dash (em, en or hyphen) with whitespace on both sides, and the rest as the title.
        /// </summary>
        private TitleShape ReadTitle(string text, out string id, out string title)
        {
            id = title = string.Empty;
            var start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (!GapIdSyntax.TryMatch(text, start, _options.IdPrefixes, out var end))
            {
                return TitleShape.None;
            }

            id = text.Substring(start, end - start);
            var titleStart = SeparatorEnd(text, end);
            if (titleStart < 0)
            {
                return TitleShape.IdWithoutSeparator;
            }

            title = text.Substring(titleStart).Replace('\n', ' ').Trim();
            return TitleShape.Entry;
        }

        /// <summary>The index after the separator that follows an ID ending at <paramref name="end"/>, or -1.</summary>
        private static int SeparatorEnd(string text, int end)
        {
            if (end < text.Length && text[end] == ':')
            {
                return end + 1;
            }

            var dash = end;
            while (dash < text.Length && text[dash] is ' ' or '\t')
            {
                dash++;
            }

            if (dash == end || dash >= text.Length || text[dash] is not ('\u2014' or '\u2013' or '-'))
            {
                return -1;
            }

            return dash + 1 == text.Length || char.IsWhiteSpace(text[dash + 1]) ? dash + 1 : -1;
        }

        private bool TryReadCheckbox(ParagraphBlock paragraph, out bool isDone)
        {
            isDone = false;
            var start = _source.ToOffset(paragraph.Span.Start);
            if (paragraph.Span.IsEmpty || start < 0 || start + 3 > _text.Length
                || _text[start] != '[' || _text[start + 2] != ']' || _text[start + 1] is not (' ' or 'x' or 'X'))
            {
                return false;
            }

            if (start + 3 < _text.Length && !char.IsWhiteSpace(_text[start + 3]))
            {
                return false;
            }

            isDone = _text[start + 1] != ' ';
            return true;
        }

        private static string StripCheckbox(string text)
            => text.Length >= 3 && text[0] == '[' && text[2] == ']' ? text.Substring(3).Trim() : text;

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
}
