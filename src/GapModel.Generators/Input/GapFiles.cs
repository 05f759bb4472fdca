using System;
using System.Collections.Generic;
using System.IO;
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

    public static bool IsGapDocument(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (!file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !(options.GetOptions(file).TryGetValue(IncludeMetadata, out var include)
            && string.Equals(include?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
    }

    public static GapFile Read(AdditionalText file, CancellationToken cancellationToken) => Read(file, ReadingOptions.Default, cancellationToken);

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

        // A file in which no ID occurs defines no gap: scan it without copying it into a string first (a large file is
        // a chunked text, and ToString() would copy all of it onto the large-object heap).
        spec = ContainsGapIdPrefix(text, options.IdPrefixes, cancellationToken) ? GapDocumentParser.Parse(text.ToString(), options, cancellationToken) : GapDocumentSpec.Empty;
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

    /// <summary>The characters copied out of a <see cref="SourceText"/> at a time by <c>ContainsGapIdPrefix</c>.</summary>
    internal const int ScanChunkLength = 8192;

    // One scan buffer per thread: the generator and the analyzers may read files on several threads at once.
    [ThreadStatic]
    private static char[]? _scanBuffer;

    /// <summary>Whether <see cref="GapIdSyntax.Prefix"/> occurs in the text, found chunk by chunk, also across a chunk boundary.</summary>
    internal static bool ContainsGapIdPrefix(SourceText text, CancellationToken cancellationToken)
        => ContainsGapIdPrefix(text, GapIdSyntax.DefaultPrefixes, cancellationToken);

    /// <summary>Whether any of <paramref name="prefixes"/> occurs in the text, found chunk by chunk, also across a chunk boundary.</summary>
    internal static bool ContainsGapIdPrefix(SourceText text, IReadOnlyList<string> prefixes, CancellationToken cancellationToken)
    {
        var longest = prefixes.Max(p => p.Length);
        var carry = longest - 1;
        var buffer = _scanBuffer is { } kept && kept.Length >= carry + ScanChunkLength ? kept : _scanBuffer = new char[carry + ScanChunkLength];
        var keptCount = 0;
        for (var position = 0; position < text.Length; position += ScanChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ScanChunkLength, text.Length - position);
            text.CopyTo(position, buffer, keptCount, count);
            var filled = keptCount + count;
            foreach (var prefix in prefixes)
            {
                for (var at = Array.IndexOf(buffer, prefix[0], 0, filled); at >= 0; at = Array.IndexOf(buffer, prefix[0], at + 1, filled - at - 1))
                {
                    if (StartsWith(buffer, at, filled, prefix))
                    {
                        return true;
                    }
                }
            }

            // The last characters start the next chunk, so a prefix cut by the boundary is still seen whole.
            keptCount = Math.Min(carry, filled);
            Array.Copy(buffer, filled - keptCount, buffer, 0, keptCount);
        }

        return false;
    }

    private static bool StartsWith(char[] buffer, int at, int filled, string value)
    {
        if (at + value.Length > filled)
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (buffer[at + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly GapDocumentSpec Unreadable = new(
        EquatableArray<GapSpec>.Empty,
        new[] { new MarkdownDiagnostic(DiagnosticIds.UnreadableDocument, default, new[] { "the file could not be opened" }.ToEquatableArray()) }.ToEquatableArray(),
        null);
}
