using System.Threading;
using GapModel.Generators.Model;
using Markdig;
using Markdig.Syntax;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Reads gap entries from a Markdown document. Never throws on any text: problems become
/// <see cref="MarkdownDiagnostic"/>s at their place in the document. Only cancellation escapes.
/// </summary>
/// <remarks>
/// <see cref="MarkdownParts"/> has Markdig parse the document, in parts where it cannot read it whole;
/// <see cref="DocumentReader"/> walks the blocks of each part into entries.
/// </remarks>
internal static class GapDocumentParser
{
    /// <summary>Block parsing only (see <see cref="CreatePipeline"/>); internal for the tests of <see cref="PlainLines"/>.</summary>
    internal static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public static GapDocumentSpec Parse(string text, CancellationToken cancellationToken = default)
        => Parse(text, ReadingOptions.Default, cancellationToken);

    /// <summary>Reads with a team's ID prefixes and status words (see <see cref="ReadingOptions"/>).</summary>
    public static GapDocumentSpec Parse(string text, ReadingOptions options, CancellationToken cancellationToken = default)
    {
        // A document in which no ID occurs defines no gap: a scan, not a Markdown parse (README and docs files).
        return options.ContainsPrefix(text) ? ParseScanned(text, options, cancellationToken) : GapDocumentSpec.Empty;
    }

    /// <summary>The read proper, for a text already scanned for an ID prefix (<c>GapFiles</c> scans the compiler's text before copying it).</summary>
    internal static GapDocumentSpec ParseScanned(string text, ReadingOptions options, CancellationToken cancellationToken, int chunkLength = DocumentReader.ChunkLength)
    {
        var reader = new DocumentReader(text, options, cancellationToken, chunkLength);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        reader.Read(start, text.Length - start);
        return reader.Finish();
    }

    /// <summary>The first line of <paramref name="text"/> cut out before Markdig reads it whole (for tests).</summary>
    internal static int? FirstDeepLine(string text) => NestingGuard.FirstDeepLine(text, 0, text.Length);

    /// <summary>
    /// Markdig parses blocks only: every leaf is closed with inline parsing off, and <see cref="InlineReader"/> parses
    /// the inlines of just the blocks the model reads, within a budget (see there). No inline parser is registered
    /// either, so a leaf that escaped the switch would still cost only a linear literal scan.
    /// </summary>
    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.InlineParsers.Clear();
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += static (_, block) =>
            {
                if (block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
    }
}
