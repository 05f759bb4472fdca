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
/// The project's own gaps for the analyzers, kept across compilations. In the IDE every keystroke in C# is a new
/// compilation with the same gap files: the same <see cref="SourceText"/> objects, so the <see cref="ProjectGaps"/>
/// built for them last time is reused instead of rebuilt. It is found by the first file's text (one entry per
/// project, dropped with the text) and checked against all of them. Parsing itself is cached per text by
/// <see cref="GapFiles"/>.
/// </summary>
internal static class LocalGaps
{
    private static readonly ConditionalWeakTable<SourceText, Slot> ByFirstText = new();

    /// <summary>The project's gap documents (the analyzers' one use of <see cref="GapFiles.IsGapDocument"/>), read and indexed.</summary>
    public static ProjectGaps Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var globalOptions = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var files = options.AdditionalFiles.Where(f => GapFiles.IsGapDocument(f, options.AnalyzerConfigOptionsProvider)).ToList();
        var key = files.Select(f => (f.Path, f.GetText(cancellationToken))).ToList();
        var reading = ProjectOptions.ReadReading(globalOptions, problems: null);
        var projectDirectory = ProjectOptions.ReadProjectDirectory(globalOptions);
        var first = key.Count > 0 ? key[0].Item2 : null;
        var slot = first is null ? null : ByFirstText.GetValue(first, _ => new Slot());
        if (slot?.Value is { } last && last.Reading.Equals(reading) && last.ProjectDirectory == projectDirectory && SameFiles(last.Files, key))
        {
            return last.Gaps;
        }

        var parsed = files.Zip(key, (file, k) => k.Item2 is { } text
            ? new GapFile(file.Path, GapFiles.Parse(text, reading, cancellationToken))
            : GapFiles.Read(file, reading, cancellationToken));
        var gaps = ProjectGaps.Create(parsed, projectDirectory, reading.IdPrefixes);
        if (slot is not null)
        {
            slot.Value = new Built(key, reading, projectDirectory, gaps);
        }

        return gaps;
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

    /// <summary>What the gaps were built from, and the gaps.</summary>
    private sealed record Built(List<(string Path, SourceText? Text)> Files, ReadingOptions Reading, string? ProjectDirectory, ProjectGaps Gaps);

    /// <summary>The latest gaps for a first text; replaced, never added twice, so concurrent builds cannot clash.</summary>
    private sealed class Slot
    {
        private Built? _value;

        public Built? Value
        {
            get => Volatile.Read(ref _value);
            set => Volatile.Write(ref _value, value);
        }
    }
}
