using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Input;

/// <summary>Which additional files are gap documents, and their parsed form, shared by the generator and the analyzers.</summary>
internal static class GapFiles
{
    public const string IncludeMetadata = "build_metadata.AdditionalFiles.GapModel";

    // The compiler hands the generator and the analyzers the same SourceText for a file, and keeps it across
    // compilations until the file changes: one parse serves every keystroke until then. The parse depends on the
    // project's reading options too (ID prefixes, status words), so each text keeps its parses per options.
    private static readonly ConditionalWeakTable<SourceText, ParseSlot> Parsed = new();

    /// <summary>A Markdown file (<c>.md</c>) not left out with <c>GapModel="false"</c> item metadata.</summary>
    public static bool IsGapDocument(AdditionalText file, AnalyzerConfigOptionsProvider options)
        => IsMarkdown(file.Path) && !IsLeftOut(file, options);

    /// <summary>The cheap half of <see cref="IsGapDocument"/>, by path alone (the generator filters by it before it looks at options).</summary>
    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the file's item metadata says <c>GapModel="false"</c>.</summary>
    public static bool IsLeftOut(AdditionalText file, AnalyzerConfigOptionsProvider options)
        => options.GetOptions(file).TryGetValue(IncludeMetadata, out var include)
            && string.Equals(include?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    public static GapFile Read(AdditionalText file, ReadingOptions options, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return new GapFile(file.Path, text is null ? Unreadable : Parse(text, options, cancellationToken));
    }

    public static GapDocumentSpec Parse(SourceText text, CancellationToken cancellationToken) => Parse(text, ReadingOptions.Default, cancellationToken);

    public static GapDocumentSpec Parse(SourceText text, ReadingOptions options, CancellationToken cancellationToken)
    {
        var slot = Parsed.GetValue(text, static _ => new ParseSlot());
        if (slot.TryGet(options) is { } spec)
        {
            return spec;
        }

        // A file in which no ID occurs defines no gap, and is not copied into a string to find that out.
        spec = GapIdPrescan.ContainsGapIdPrefix(text, options.IdPrefixes, cancellationToken) ? GapDocumentParser.ParseScanned(text.ToString(), options, cancellationToken) : GapDocumentSpec.Empty;
        return slot.Add(options, spec);
    }

    /// <summary>
    /// The parses of one text, by reading options. A project has one set of options, so this holds one or two
    /// (the generator and the analyzers of a build use the same); the oldest is dropped past <see cref="MaxOptions"/>.
    /// </summary>
    private sealed class ParseSlot
    {
        private const int MaxOptions = 4;

        private (ReadingOptions Options, GapDocumentSpec Spec)[] _parses = Array.Empty<(ReadingOptions, GapDocumentSpec)>();

        public GapDocumentSpec? TryGet(ReadingOptions options)
        {
            foreach (var (parsedWith, spec) in Volatile.Read(ref _parses))
            {
                if (parsedWith.Equals(options))
                {
                    return spec;
                }
            }

            return null;
        }

        /// <summary>Keeps the parse; if another thread kept one for equal options first, that one is returned.</summary>
        public GapDocumentSpec Add(ReadingOptions options, GapDocumentSpec spec)
        {
            while (true)
            {
                var current = Volatile.Read(ref _parses);
                foreach (var (parsedWith, kept) in current)
                {
                    if (parsedWith.Equals(options))
                    {
                        return kept;
                    }
                }

                var next = new[] { (options, spec) }.Concat(current.Take(MaxOptions - 1)).ToArray();
                if (ReferenceEquals(Interlocked.CompareExchange(ref _parses, next, current), current))
                {
                    return spec;
                }
            }
        }
    }

    private static readonly GapDocumentSpec Unreadable = new(
        EquatableArray<GapSpec>.Empty,
        new[] { DocumentDiagnostics.UnreadableDocument(DocumentDiagnostics.FileNotOpened, default) }.ToEquatableArray(),
        null);
}
