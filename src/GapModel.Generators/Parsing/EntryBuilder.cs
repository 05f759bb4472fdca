using System;
using System.Collections.Generic;
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

    private readonly ReadingOptions _options;

    public EntryBuilder(string id, string title, SourcePosition position, int? headingLevel, ReadingOptions options)
    {
        _options = options;
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
        _current.Append(value);
        _fields.Add(_current);
        _newParagraph = false;
    }

    /// <summary>Ends the current field: text that follows before the next field is kept under <see cref="NotesFieldName"/>.</summary>
    public void EndField() => _current = null;

    /// <summary>The next text starts a new paragraph of the current field.</summary>
    public void BeginParagraph() => _newParagraph = true;

    public void AppendText(string text, SourcePosition position)
    {
        if (text.Length == 0)
        {
            return;
        }

        var field = _current ?? StartNotes(position);
        if (field.Length > 0)
        {
            field.Append(_newParagraph ? "\n\n" : "\n");
        }

        field.Append(text);
        _newParagraph = false;
    }

    public void AddChecklistItem(string text, bool isDone, SourcePosition position)
        => (_current ?? StartNotes(position)).AddItem(new ChecklistItemSpec(text, isDone, position));

    public GapSpec Build(List<MarkdownDiagnostic> diagnostics)
    {
        // Loops rather than LINQ: this runs once per entry, and a large document has tens of thousands.
        var fieldSpecs = new FieldSpec[_fields.Count];
        for (var i = 0; i < fieldSpecs.Length; i++)
        {
            fieldSpecs[i] = _fields[i].ToSpec();
        }

        var fields = new EquatableArray<FieldSpec>(fieldSpecs);
        var classification = FieldSpec.Find(fields, "Classification");
        var parts = classification?.Value.Split('|') ?? Array.Empty<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim();
        }

        // Fields of their own (Type, Priority as in the Day-4 shape, Scope) win over the parts of the classification.
        var typeField = FieldSpec.Find(fields, "Type");
        var typeText = typeField?.Value ?? (parts.Length > 0 ? parts[0] : string.Empty);
        var priorityField = FieldSpec.Find(fields, "Priority");
        var priorityText = priorityField?.Value ?? (parts.Length > 1 ? parts[1] : string.Empty);
        var scopeField = FieldSpec.Find(fields, "Scope");
        var scopeText = scopeField?.Value ?? (parts.Length > 2 ? string.Join(" | ", parts, 2, parts.Length - 2) : string.Empty);

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
            Report(diagnostics, DiagnosticIds.UnrecognisedValue, (priorityField ?? classification)!.Position, "priority", priorityText, "P0, P1, P2, P3 (or Critical, High, Medium, Low)");
        }

        var statusField = FieldSpec.Find(fields, "Status");
        var statusText = statusField?.Value ?? string.Empty;
        var status = GapStatusKind.Open;
        if (statusField is not null)
        {
            if (Vocabulary.ParseStatus(statusText, _options) is { } parsed)
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

        var systemList = new List<string>();
        foreach (var system in (FieldSpec.Find(fields, "Systems Affected")?.Value ?? string.Empty).Split(','))
        {
            var trimmed = system.Trim();
            if (trimmed.Length > 0)
            {
                systemList.Add(trimmed);
            }
        }

        var systems = new EquatableArray<string>(systemList.ToArray());

        return new GapSpec(Id, Title, Position, status, statusText, priority, priorityText, type, typeText, scope, scopeText, systems, fields);
    }

    private void Report(List<MarkdownDiagnostic> diagnostics, string id, SourcePosition position, string vocabulary, string value, string expected)
        => diagnostics.Add(new MarkdownDiagnostic(id, position, new[] { Id, vocabulary, value, expected }.ToEquatableArray()));

    private FieldBuilder StartNotes(SourcePosition position)
    {
        // After an ended field, notes join the entry's notes if it has some already.
        foreach (var field in _fields)
        {
            if (ReferenceEquals(field.Name, NotesFieldName))
            {
                _current = field;
                _newParagraph = true;
                return field;
            }
        }

        StartField(NotesFieldName, string.Empty, position);
        return _current!;
    }

    /// <summary>A field's text so far: most fields are one value, so a builder is made only for a second piece.</summary>
    private sealed class FieldBuilder
    {
        private string _text = string.Empty;
        private StringBuilder? _more;
        private List<ChecklistItemSpec>? _items;

        public FieldBuilder(string name, SourcePosition position)
        {
            Name = name;
            Position = position;
        }

        public string Name { get; }

        public SourcePosition Position { get; }

        public int Length => _more?.Length ?? _text.Length;

        public void Append(string text)
        {
            if (_more is not null)
            {
                _more.Append(text);
            }
            else if (_text.Length == 0)
            {
                _text = text;
            }
            else
            {
                _more = new StringBuilder(_text, _text.Length + text.Length + 64).Append(text);
            }
        }

        public void AddItem(ChecklistItemSpec item) => (_items ??= new List<ChecklistItemSpec>()).Add(item);

        public FieldSpec ToSpec()
            => new(Name, (_more?.ToString() ?? _text).Trim(), _items is null ? EquatableArray<ChecklistItemSpec>.Empty : new EquatableArray<ChecklistItemSpec>(_items.ToArray()), Position);
    }
}
