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
    // compilations until the file changes: one parse serves every keystroke until then.
    private static readonly ConditionalWeakTable<SourceText, GapDocumentSpec> Parsed = new();

    public static bool IsGapDocument(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (!file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !(options.GetOptions(file).TryGetValue(IncludeMetadata, out var include)
            && string.Equals(include?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
    }

    public static GapFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return new GapFile(file.Path, text is null ? Unreadable : Parse(text, cancellationToken));
    }

    public static GapDocumentSpec Parse(SourceText text, CancellationToken cancellationToken)
    {
        if (Parsed.TryGetValue(text, out var spec))
        {
            return spec;
        }

        // A file in which no ID occurs defines no gap: scan it without copying it into a string first (a large file is
        // a chunked text, and ToString() would copy all of it onto the large-object heap).
        spec = ContainsGapIdPrefix(text, cancellationToken) ? GapDocumentParser.Parse(text.ToString(), cancellationToken) : GapDocumentSpec.Empty;
        return Parsed.GetValue(text, _ => spec);
    }

    /// <summary>The characters copied out of a <see cref="SourceText"/> at a time by <see cref="ContainsGapIdPrefix"/>.</summary>
    internal const int ScanChunkLength = 8192;

    // One scan buffer per thread: the generator and the analyzers may read files on several threads at once.
    [ThreadStatic]
    private static char[]? _scanBuffer;

    /// <summary>Whether <see cref="GapIdSyntax.Prefix"/> occurs in the text, found chunk by chunk, also across a chunk boundary.</summary>
    internal static bool ContainsGapIdPrefix(SourceText text, CancellationToken cancellationToken)
    {
        var prefix = GapIdSyntax.Prefix;
        var carry = prefix.Length - 1;
        var buffer = _scanBuffer ??= new char[carry + ScanChunkLength];
        var kept = 0;
        for (var position = 0; position < text.Length; position += ScanChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ScanChunkLength, text.Length - position);
            text.CopyTo(position, buffer, kept, count);
            var filled = kept + count;
            for (var at = Array.IndexOf(buffer, prefix[0], 0, filled); at >= 0; at = Array.IndexOf(buffer, prefix[0], at + 1, filled - at - 1))
            {
                if (StartsWith(buffer, at, filled, prefix))
                {
                    return true;
                }
            }

            // The last characters start the next chunk, so a prefix cut by the boundary is still seen whole.
            kept = Math.Min(carry, filled);
            Array.Copy(buffer, filled - kept, buffer, 0, kept);
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

    /// <summary>The project directory, from the properties the SDK makes visible to the compiler.</summary>
    public static string? ProjectDirectory(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue("build_property.ProjectDir", out var dir) && !string.IsNullOrWhiteSpace(dir) ? dir
        : globalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out dir) && !string.IsNullOrWhiteSpace(dir) ? dir
        : null;

    private static readonly GapDocumentSpec Unreadable = new(
        EquatableArray<GapSpec>.Empty,
        new[] { new MarkdownDiagnostic(DiagnosticIds.UnreadableDocument, default, new[] { "the file could not be opened" }.ToEquatableArray()) }.ToEquatableArray(),
        null);
}
