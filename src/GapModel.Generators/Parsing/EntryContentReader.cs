using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using GapModel.Generators.Model;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// What the blocks of an entry hold: fields (<c>**Name:** value</c>) and the text after them, checklists, and blocks
/// kept as written. A field line that states a document fact (<see cref="DeclaredTotal"/>) is read as that fact,
/// in an entry or outside one.
/// </summary>
internal sealed class EntryContentReader
{
    private readonly PartText _part;
    private readonly DeclaredTotal _declaredTotal;

    public EntryContentReader(PartText part, DeclaredTotal declaredTotal)
    {
        _part = part;
        _declaredTotal = declaredTotal;
    }

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/> of a paragraph: in an entry its fields and text, outside one only document facts.</summary>
    [MethodImpl(Optimized.Always)]
    public void ReadParagraphLines(EntryBuilder? entry, List<ParagraphLine> lines, int from, int to)
    {
        if (from >= to)
        {
            return;
        }

        if (entry is not null)
        {
            if (from == 0)
            {
                entry.BeginParagraph();
            }

            AddLines(entry, lines, from, to);
            return;
        }

        for (var i = from; i < to; i++)
        {
            if (_part.TryReadFieldStart(lines[i], out var name, out var value, out var position))
            {
                _declaredTotal.TryRead(name, value, position);
            }
        }
    }

    /// <summary>A block of the entry after its title.</summary>
    [MethodImpl(Optimized.Always)]
    public void Read(EntryBuilder entry, Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                entry.BeginParagraph();
                var paragraphLines = _part.ReadLines(paragraph);
                AddLines(entry, paragraphLines, 0, paragraphLines.Count);
                break;
            case ListBlock list:
                foreach (var item in list)
                {
                    if (item is ListItemBlock listItem)
                    {
                        ReadListItem(entry, listItem);
                    }
                }

                break;
            case LeafBlock leaf:
                // Code, HTML, headings in quotes and anything else kept as written: an ID in them defines nothing.
                entry.BeginParagraph();
                entry.AppendText((_part.Source.Slice(leaf.Span) ?? string.Empty).Trim(), _part.Position(leaf));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Read(entry, child);
                }

                break;
        }
    }

    [MethodImpl(Optimized.Always)]
    private void ReadListItem(EntryBuilder entry, ListItemBlock item)
    {
        var rest = 0;
        if (item.Count > 0 && item[0] is ParagraphBlock paragraph)
        {
            rest = 1;
            var lines = _part.ReadLines(paragraph);
            if (!paragraph.Span.IsEmpty && Checkbox.TryRead(_part.Text, _part.Source.ToOffset(paragraph.Span.Start), out var isDone))
            {
                var text = RenderJoined(lines).Replace('\n', ' ').Trim();
                entry.AddChecklistItem(Checkbox.Strip(text), isDone, _part.Position(paragraph));
            }
            else if (_part.TryReadFieldStart(lines[0], out var name, out var value, out var position))
            {
                if (!_declaredTotal.TryRead(name, value, position))
                {
                    StartField(entry, name, value, position);
                }

                AddLines(entry, lines, 1, lines.Count);
            }
            else
            {
                AddLines(entry, lines, 0, lines.Count);
            }
        }

        for (var i = rest; i < item.Count; i++)
        {
            Read(entry, item[i]);
        }
    }

    /// <summary>Each line that starts with <c>**Name:**</c> starts a field; other lines continue the current one.</summary>
    [MethodImpl(Optimized.Always)]
    private void AddLines(EntryBuilder entry, List<ParagraphLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_part.TryReadFieldStart(lines[i], out var name, out var value, out var position))
            {
                if (!_declaredTotal.TryRead(name, value, position))
                {
                    StartField(entry, name, value, position);
                }
            }
            else if (!lines[i].IsEmpty)
            {
                entry.AppendText(BreakTags.TrimEnd(lines[i].Render().Trim(), out _), _part.Position(lines[i].FirstSpan));
            }
        }
    }

    /// <summary>
    /// Starts a field of the entry. A value that is only a <c>&lt;br&gt;</c> (<c>**Impact:** &lt;br&gt;</c>) is empty,
    /// and the field ends there: the lines after it are not its text.
    /// </summary>
    private static void StartField(EntryBuilder entry, string name, string value, SourcePosition position)
    {
        value = BreakTags.TrimEnd(value, out var hadBreak);
        entry.StartField(name, value, position);
        if (hadBreak && value.Length == 0)
        {
            entry.EndField();
        }
    }

    /// <summary>The lines' text joined by line breaks: the whole paragraph's rendering.</summary>
    private static string RenderJoined(List<ParagraphLine> lines)
    {
        if (lines.Count == 1)
        {
            return lines[0].Render();
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : "\n").Append(lines[i].Render());
        }

        return builder.ToString();
    }
}
