using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
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

    /// <summary>
    /// Starts parsing the document on the thread pool and returns it at once. The generator asks for this for every
    /// document before it binds the project's attributes, so the documents are parsed on the other cores meanwhile;
    /// <see cref="Parse(SourceText, ReadingOptions, CancellationToken)"/> then takes each parse, or waits for it, or
    /// makes it itself if it has not started. The generator's step is per document: an unchanged one is not started again.
    /// </summary>
    public static AdditionalText StartParsing(AdditionalText file, ReadingOptions options, CancellationToken cancellationToken)
    {
        Task.Run(
            () =>
            {
                try
                {
                    if (file.GetText(cancellationToken) is { } text)
                    {
                        Parse(text, options, cancellationToken);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The run was cancelled: whoever reads the document next parses it with its own token.
                }
            },
            cancellationToken);
        return file;
    }

    public static GapFile Read(AdditionalText file, ReadingOptions options, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return new GapFile(file.Path, text is null ? Unreadable() : Parse(text, options, cancellationToken));
    }

    public static GapDocumentSpec Parse(SourceText text, CancellationToken cancellationToken) => Parse(text, ReadingOptions.Default, cancellationToken);

    public static GapDocumentSpec Parse(SourceText text, ReadingOptions options, CancellationToken cancellationToken)
        => Parsed.GetValue(text, static _ => new ParseSlot()).Get(text, options, cancellationToken);

    private static GapDocumentSpec ParseNow(SourceText text, ReadingOptions options, CancellationToken cancellationToken)
    {
        // A file in which no ID occurs defines no gap, and is not copied into a string to find that out.
        return GapIdPrescan.ContainsGapIdPrefix(text, options.IdPrefixes, cancellationToken)
            ? GapDocumentParser.ParseScanned(text.ToString(), options, cancellationToken)
            : GapDocumentSpec.Empty;
    }

    /// <summary>
    /// The parses of one text, by reading options, each made once: a caller that finds one under way waits for it. A
    /// project has one set of options, so this holds one or two (the generator and the analyzers of a build use the
    /// same); the oldest is dropped past <see cref="MaxOptions"/>.
    /// </summary>
    private sealed class ParseSlot
    {
        private const int MaxOptions = 4;

        private readonly List<(ReadingOptions Options, Lazy<GapDocumentSpec> Spec)> _parses = new();

        public GapDocumentSpec Get(SourceText text, ReadingOptions options, CancellationToken cancellationToken)
        {
            while (true)
            {
                var parse = Find(options) ?? Add(options, new Lazy<GapDocumentSpec>(() => ParseNow(text, options, cancellationToken)));
                try
                {
                    return parse.Value;
                }
                catch (OperationCanceledException)
                {
                    // A cancelled parse is not kept. If it was another caller's, this one parses again.
                    Remove(parse);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        private Lazy<GapDocumentSpec>? Find(ReadingOptions options)
        {
            lock (_parses)
            {
                foreach (var (parsedWith, spec) in _parses)
                {
                    if (parsedWith.Equals(options))
                    {
                        return spec;
                    }
                }

                return null;
            }
        }

        /// <summary>Keeps the parse; if another thread kept one for equal options first, that one is returned.</summary>
        private Lazy<GapDocumentSpec> Add(ReadingOptions options, Lazy<GapDocumentSpec> spec)
        {
            lock (_parses)
            {
                if (Find(options) is { } kept)
                {
                    return kept;
                }

                if (_parses.Count == MaxOptions)
                {
                    _parses.RemoveAt(0);
                }

                _parses.Add((options, spec));
                return spec;
            }
        }

        private void Remove(Lazy<GapDocumentSpec> spec)
        {
            lock (_parses)
            {
                _parses.RemoveAll(p => ReferenceEquals(p.Spec, spec));
            }
        }
    }

    // A new one each time: a file that could not be opened is tried again next time, and is not the same read.
    private static GapDocumentSpec Unreadable() => new(
        EquatableArray<GapSpec>.Empty,
        new[] { DocumentDiagnostics.UnreadableDocument(DocumentDiagnostics.FileNotOpened, default) }.ToEquatableArray(),
        null);
}
