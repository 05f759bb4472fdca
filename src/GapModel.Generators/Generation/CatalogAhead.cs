using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GapModel.Generators.Emit;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Generators.Generation;

/// <summary>
/// The catalog's files, written on the thread pool as soon as the documents are parsed: the generator meanwhile binds
/// the project's attributes for the link record, and only then reaches the catalog output. That output takes these
/// files when its spec is the one they were written for, and writes its own otherwise (another project's run came in
/// between, say): what it adds never depends on the timing. Both build the spec; the costly part of it, the project's
/// gaps and constant names, is made once for the same parses (<see cref="ProjectGaps.Create"/>).
/// </summary>
internal static class CatalogAhead
{
    private static Task<Written?>? s_ahead;
    private static CatalogSpec? s_lastTaken;

    /// <summary>Starts building and writing the catalog of these documents on the thread pool; returns the documents.</summary>
    public static DocumentSet Start(DocumentSet documents, GenerationSettings settings, CancellationToken cancellationToken)
    {
        var (options, language) = (settings.Options, settings.Language);
        var ahead = Task.Run(
            () =>
            {
                try
                {
                    var files = documents.Texts.Select(d => GapFiles.Read(d, options.Reading, cancellationToken)).ToArray();
                    var spec = GapGenerator.BuildSpec(files, options, language);

                    // An unchanged spec is not written again: the catalog output will not run (an edit to a README, say).
                    return spec is null || spec.Equals(Volatile.Read(ref s_lastTaken))
                        ? null
                        : new Written(spec, CatalogFiles.Write(spec));
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            },
            cancellationToken);
        Volatile.Write(ref s_ahead, ahead);
        return documents;
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

    private sealed class Written(CatalogSpec spec, IReadOnlyList<(string HintName, SourceText Text)> files)
    {
        public CatalogSpec Spec { get; } = spec;

        public IReadOnlyList<(string HintName, SourceText Text)> Files { get; } = files;
    }
}
