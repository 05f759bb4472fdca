using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Shared;

namespace GapModel.Generators.Parsing;

/// <summary>Collects the fields of one entry while its blocks are read, then normalises them into a <see cref="GapSpec"/>.</summary>
internal sealed class EntryBuilder
{
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

    /// <summary>Ends the current field: text that follows before the next field is kept under <see cref="GapFieldTable.Notes"/>.</summary>
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

    [MethodImpl(Optimized.Always)]
    public GapSpec Build(List<MarkdownDiagnostic> diagnostics)
    {
        // Loops rather than LINQ: this runs once per entry, and a large document has tens of thousands.
        var fieldSpecs = new FieldSpec[_fields.Count];
        for (var i = 0; i < fieldSpecs.Length; i++)
        {
            fieldSpecs[i] = _fields[i].ToSpec();
        }

        var fields = new EquatableArray<FieldSpec>(fieldSpecs);
        var classification = FieldSpec.Find(fields, GapFieldTable.Classification);
        var parts = classification?.Value.Split('|') ?? Array.Empty<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim();
        }

        var classified = new Classified[GapFieldTable.ClassifiedCount];
        for (var i = 0; i < classified.Length; i++)
        {
            classified[i] = Classify((ClassifiedField)i, fields, classification, parts, diagnostics);
        }

        if (Title.Length == 0)
        {
            diagnostics.Add(DocumentDiagnostics.MissingTitle(Id, Position));
        }

        var systemList = new List<string>();
        foreach (var system in (FieldSpec.Find(fields, GapFieldTable.SystemsAffected)?.Value ?? string.Empty).Split(','))
        {
            var trimmed = system.Trim();
            if (trimmed.Length > 0)
            {
                systemList.Add(trimmed);
            }
        }

        return new GapSpec(Id, Title, Position, new EquatableArray<Classified>(classified), new EquatableArray<string>(systemList.ToArray()), fields);
    }

    /// <summary>
    /// A classified value from the entry's field of that name (Type, Priority as in the Day-4 shape, Scope, Status),
    /// which wins, or else from its part of the classification; an entry that gives neither has the enum's default.
    /// </summary>
    private Classified Classify(ClassifiedField field, EquatableArray<FieldSpec> fields, FieldSpec? classification, string[] parts, List<MarkdownDiagnostic> diagnostics)
    {
        var own = FieldSpec.Find(fields, GapFieldTable.Name(field));
        var part = GapFieldTable.ClassificationPart(field);
        var from = own ?? (part >= 0 ? classification : null);
        if (from is null)
        {
            return Classified.None;
        }

        var text = own?.Value
            ?? (part >= parts.Length ? string.Empty
                : part == GapFieldTable.ClassificationParts.Length - 1 ? string.Join(GapFieldTable.ClassificationSeparator, parts, part, parts.Length - part)
                : parts[part]);
        var kind = Vocabulary.Classify(field, text, _options, out var recognised);
        if (!recognised)
        {
            diagnostics.Add(field == ClassifiedField.Status
                ? DocumentDiagnostics.UnknownStatus(Id, text, from.Position)
                : DocumentDiagnostics.UnrecognisedValue(Id, GapFieldTable.Name(field).ToLowerInvariant(), text, Vocabulary.Expected(field), from.Position));
        }

        return new Classified(kind, text, from.Position);
    }

    private FieldBuilder StartNotes(SourcePosition position)
    {
        // After an ended field, notes join the entry's notes if it has some already.
        foreach (var field in _fields)
        {
            if (ReferenceEquals(field.Name, GapFieldTable.Notes))
            {
                _current = field;
                _newParagraph = true;
                return field;
            }
        }

        StartField(GapFieldTable.Notes, string.Empty, position);
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
