using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GapModel.Generators.Emit;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Generation;

/// <summary>
/// The catalog's files, written on the thread pool as soon as the documents are parsed: the generator meanwhile binds
/// the project's attributes for the link record, and only then reaches the catalog output. That output takes these
/// files when its spec is the one they were written for, and writes its own otherwise (another project's run came in
/// between, say): what it adds never depends on the timing.
/// </summary>
internal static class CatalogAhead
{
    private static Task<Written?>? s_ahead;
    private static CatalogSpec? s_lastTaken;

    public static void Start(ImmutableArray<AdditionalText> documents, ProjectOptions options, LanguageFacts language, CancellationToken cancellationToken)
    {
        var ahead = Task.Run(
            () =>
            {
                try
                {
                    var files = documents.Select(d => GapFiles.Read(d, options.Reading, cancellationToken)).ToImmutableArray();
                    var spec = GapGenerator.BuildSpec(files, options, language);

                    // An unchanged spec is not written again: the catalog output will not run (an edit to a README, say).
                    return spec is null || spec.Equals(Volatile.Read(ref s_lastTaken))
                        ? null
                        : new Written(files, options, language, spec, CatalogFiles.Write(spec));
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            },
            cancellationToken);
        Volatile.Write(ref s_ahead, ahead);
    }

    /// <summary>The spec of these inputs: the one built ahead when it was built from the same parses, else built now.</summary>
    public static CatalogSpec? BuildSpec(ImmutableArray<GapFile> files, ProjectOptions options, LanguageFacts language)
    {
        if (Volatile.Read(ref s_ahead) is { } ahead && Result(ahead) is { } written && written.IsFrom(files, options, language))
        {
            return written.Spec;
        }

        return GapGenerator.BuildSpec(files, options, language);
    }

    /// <summary>The files for <paramref name="spec"/>: those written ahead if they are its, else written now.</summary>
    public static IReadOnlyList<(string HintName, SourceText Text)> Take(CatalogSpec spec)
    {
        Volatile.Write(ref s_lastTaken, spec);
        var ahead = Interlocked.Exchange(ref s_ahead, null);
        return ahead is not null && Result(ahead) is { } written && written.Spec.Equals(spec) ? written.Files : CatalogFiles.Write(spec);
    }

    private static Written? Result(Task<Written?> ahead)
    {
        try
        {
            return ahead.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Cancelled before it ran: the caller builds and writes itself.
            return null;
        }
    }

    private sealed class Written(ImmutableArray<GapFile> read, ProjectOptions readWith, LanguageFacts builtFor, CatalogSpec spec, IReadOnlyList<(string HintName, SourceText Text)> files)
    {
        public CatalogSpec Spec { get; } = spec;

        public IReadOnlyList<(string HintName, SourceText Text)> Files { get; } = files;

        /// <summary>Built from the very same parses (a document parsed once is the same object everywhere) and equal options.</summary>
        public bool IsFrom(ImmutableArray<GapFile> files, ProjectOptions options, LanguageFacts language)
        {
            if (files.Length != read.Length || !options.Equals(readWith) || !language.Equals(builtFor))
            {
                return false;
            }

            for (var i = 0; i < files.Length; i++)
            {
                if (!ReferenceEquals(files[i].Document, read[i].Document) || !string.Equals(files[i].Path, read[i].Path, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
