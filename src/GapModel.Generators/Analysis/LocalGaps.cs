using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Analysis;

/// <summary>
/// The project's own gaps and their constant names, kept across compilations. In the IDE every keystroke in C# is a
/// new compilation with the same gap files: the same <see cref="SourceText"/> objects, so the index built for them
/// last time is reused instead of rebuilt. It is found by the first file's text (one entry per project, dropped
/// with the text) and checked against all of them. Parsing itself is cached per text by <see cref="GapFiles"/>.
/// </summary>
internal sealed class LocalGaps
{
    private static readonly ConditionalWeakTable<SourceText, Slot> ByFirstText = new();

    private readonly List<(string Path, SourceText? Text)> _key;
    private readonly Lazy<Dictionary<string, string>> _constantNames;

    private LocalGaps(List<(string Path, SourceText? Text)> key, ReadingOptions reading, GapIndex index)
    {
        _key = key;
        Reading = reading;
        Index = index;
        _constantNames = new(() => Model.ConstantNames.Assign(index.Definitions.Select(d => d.Gap.Id), reading.IdPrefixes));
    }

    public GapIndex Index { get; }

    /// <summary>The project's ID prefixes and status words, as the generator reads them.</summary>
    public ReadingOptions Reading { get; }

    /// <summary>The name the generator gives each local ID's constant (it names them over all local IDs at once).</summary>
    public IReadOnlyDictionary<string, string> ConstantNames => _constantNames.Value;

    public static LocalGaps Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = options.AdditionalFiles.Where(f => GapFiles.IsGapDocument(f, options.AnalyzerConfigOptionsProvider)).ToList();
        var key = files.Select(f => (f.Path, f.GetText(cancellationToken))).ToList();
        var reading = ProjectOptions.ReadReading(options.AnalyzerConfigOptionsProvider.GlobalOptions, problems: null);
        var first = key.Count > 0 ? key[0].Item2 : null;
        var slot = first is null ? null : ByFirstText.GetValue(first, _ => new Slot());
        if (slot?.Value is { } last && last.Reading.Equals(reading) && SameFiles(last._key, key))
        {
            return last;
        }

        var parsed = files.Zip(key, (file, k) => k.Item2 is { } text
            ? new GapFile(file.Path, GapFiles.Parse(text, reading, cancellationToken))
            : GapFiles.Read(file, reading, cancellationToken));
        var current = new LocalGaps(key, reading, GapIndex.Create(parsed, ProjectOptions.ReadProjectDirectory(options.AnalyzerConfigOptionsProvider.GlobalOptions)));
        if (slot is not null)
        {
            slot.Value = current;
        }

        return current;
    }

    private static bool SameFiles(List<(string Path, SourceText? Text)> a, List<(string Path, SourceText? Text)> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            // An unreadable file (null text) is read again: it may be readable now.
            if (a[i].Text is null || !ReferenceEquals(a[i].Text, b[i].Text) || !string.Equals(a[i].Path, b[i].Path, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The latest index for a first text; replaced, never added twice, so concurrent builds cannot clash.</summary>
    private sealed class Slot
    {
        private LocalGaps? _value;

        public LocalGaps? Value
        {
            get => Volatile.Read(ref _value);
            set => Volatile.Write(ref _value, value);
        }
    }
}
