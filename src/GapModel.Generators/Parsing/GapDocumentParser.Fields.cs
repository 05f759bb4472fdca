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
                        _entry!.StartField(name, value, position);
                    }
                }
                else if (!lines[i].IsEmpty)
                {
                    _entry!.AppendText(lines[i].Render().Trim(), Position(lines[i].FirstSpan));
                }
            }
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

        /// <summary><c>GAP-ID: Title</c>: the ID, a colon right after it, and the rest as the title.</summary>
        private static bool TryReadTitle(string text, out string id, out string title)
        {
            id = title = string.Empty;
            var start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (!GapIdSyntax.TryMatch(text, start, out var end) || end >= text.Length || text[end] != ':')
            {
                return false;
            }

            id = text.Substring(start, end - start);
            title = text.Substring(end + 1).Replace('\n', ' ').Trim();
            return true;
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
