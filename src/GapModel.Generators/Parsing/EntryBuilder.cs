using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;

namespace GapModel.Generators.Parsing;

/// <summary>Collects the fields of one entry while its blocks are read, then normalises them into a <see cref="GapSpec"/>.</summary>
internal sealed class EntryBuilder
{
    /// <summary>Text that comes before any named field is kept under this name.</summary>
    public const string NotesFieldName = "Notes";

    private readonly List<FieldBuilder> _fields = new();
    private FieldBuilder? _current;
    private bool _newParagraph;

    public EntryBuilder(string id, string title, SourcePosition position, int? headingLevel)
    {
        Id = id;
        Title = title;
        Position = position;
        HeadingLevel = headingLevel;
    }

    public string Id { get; }

    public string Title { get; }

    public SourcePosition Position { get; }

    /// <summary>The heading level of a heading entry; <see langword="null"/> for the bold-paragraph shapes.</summary>
    public int? HeadingLevel { get; }

    public void StartField(string name, string value, SourcePosition position)
    {
        _current = new FieldBuilder(name, position);
        _current.Value.Append(value);
        _fields.Add(_current);
        _newParagraph = false;
    }

    /// <summary>The next text starts a new paragraph of the current field.</summary>
    public void BeginParagraph() => _newParagraph = true;

    public void AppendText(string text, SourcePosition position)
    {
        if (text.Length == 0)
        {
            return;
        }

        var field = _current ?? StartNotes(position);
        if (field.Value.Length > 0)
        {
            field.Value.Append(_newParagraph ? "\n\n" : "\n");
        }

        field.Value.Append(text);
        _newParagraph = false;
    }

    public void AddChecklistItem(string text, bool isDone, SourcePosition position)
        => (_current ?? StartNotes(position)).Items.Add(new ChecklistItemSpec(text, isDone, position));

    public GapSpec Build(List<MarkdownDiagnostic> diagnostics)
    {
        var fields = _fields.Select(f => f.ToSpec()).ToEquatableArray();

        var classification = Find(fields, "Classification");
        var parts = classification?.Value.Split('|').Select(p => p.Trim()).ToArray() ?? Array.Empty<string>();

        // Fields of their own (Type, Priority as in the Day-4 shape, Scope) win over the parts of the classification.
        var typeField = Find(fields, "Type");
        var typeText = typeField?.Value ?? (parts.Length > 0 ? parts[0] : string.Empty);
        var priorityField = Find(fields, "Priority");
        var priorityText = priorityField?.Value ?? (parts.Length > 1 ? parts[1] : string.Empty);
        var scopeField = Find(fields, "Scope");
        var scopeText = scopeField?.Value ?? (parts.Length > 2 ? string.Join(" | ", parts.Skip(2)) : string.Empty);

        var type = Vocabulary.ParseType(typeText);
        if (type == GapTypeKind.Other)
        {
            Report(diagnostics, DiagnosticIds.UnrecognisedValue, (typeField ?? classification)!.Position, "type", typeText, "ARCHITECTURAL, SECURITY, INTEGRATION, PERFORMANCE, UI/UX, TESTING, DOCUMENTATION");
        }

        var scope = Vocabulary.ParseScope(scopeText);
        if (scope == GapScopeKind.Other)
        {
            Report(diagnostics, DiagnosticIds.UnrecognisedValue, (scopeField ?? classification)!.Position, "scope", scopeText, "ISOLATED, SYSTEM, CROSS-CUTTING, FOUNDATIONAL");
        }

        var priority = Vocabulary.ParsePriority(priorityText, out var priorityRecognised);
        if (!priorityRecognised)
        {
            Report(diagnostics, DiagnosticIds.UnrecognisedValue, (priorityField ?? classification)!.Position, "priority", priorityText, "P0, P1, P2, P3");
        }

        var statusField = Find(fields, "Status");
        var statusText = statusField?.Value ?? string.Empty;
        var status = GapStatusKind.Open;
        if (statusField is not null)
        {
            if (Vocabulary.ParseStatus(statusText) is { } parsed)
            {
                status = parsed;
            }
            else
            {
                diagnostics.Add(new MarkdownDiagnostic(DiagnosticIds.UnknownStatus, statusField.Position, new[] { Id, statusText }.ToEquatableArray()));
            }
        }

        if (Title.Length == 0)
        {
            diagnostics.Add(new MarkdownDiagnostic(DiagnosticIds.MissingTitle, Position, new[] { Id }.ToEquatableArray()));
        }

        var systems = (Find(fields, "Systems Affected")?.Value ?? string.Empty)
            .Split(',')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToEquatableArray();

        return new GapSpec(Id, Title, Position, status, statusText, priority, priorityText, type, typeText, scope, scopeText, systems, fields);
    }

    private void Report(List<MarkdownDiagnostic> diagnostics, string id, SourcePosition position, string vocabulary, string value, string expected)
        => diagnostics.Add(new MarkdownDiagnostic(id, position, new[] { Id, vocabulary, value, expected }.ToEquatableArray()));

    private static FieldSpec? Find(EquatableArray<FieldSpec> fields, string name)
        => fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private FieldBuilder StartNotes(SourcePosition position)
    {
        StartField(NotesFieldName, string.Empty, position);
        return _current!;
    }

    private sealed class FieldBuilder
    {
        public FieldBuilder(string name, SourcePosition position)
        {
            Name = name;
            Position = position;
        }

        public string Name { get; }

        public SourcePosition Position { get; }

        public StringBuilder Value { get; } = new();

        public List<ChecklistItemSpec> Items { get; } = new();

        public FieldSpec ToSpec() => new(Name, Value.ToString().Trim(), Items.ToEquatableArray(), Position);
    }
}
