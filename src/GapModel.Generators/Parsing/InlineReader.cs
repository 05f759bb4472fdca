using System;
using System.Runtime.CompilerServices;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Parses the inlines of one leaf block when the model reads it, in bounded time and without throwing.
/// </summary>
/// <remarks>
/// <para>
/// Links and images are not parsed: the model keeps them as written anyway (only emphasis inside link text is now
/// removed like anywhere else), and Markdig's link parser is quadratic on unclosed openers (<c>[a](</c> repeated).
/// </para>
/// <para>
/// Markdig's emphasis and inline-HTML parsing cost grows with the square of the number of <c>*</c>/<c>_</c> runs and
/// <c>&lt;</c> in a block (unclosed delimiters nest; <c>&lt;?</c> and <c>&lt;!--</c> scan to the block's end), and it
/// throws past 10,240 nested inlines. So a block with more than <see cref="MaxTriggers"/> of them is parsed line by
/// line, and a line with more than that in chunks of at most that many (emphasis cannot span a cut). Every parse
/// therefore costs at most about <c>MaxTriggers</c> times its length. A chunk on which Markdig throws is kept as written.
/// </para>
/// </remarks>
internal sealed class InlineReader
{
    /// <summary>Emphasis runs and <c>&lt;</c> allowed in one inline parse; real gap paragraphs have a handful.</summary>
    public const int MaxTriggers = 64;

    private static readonly InlineParserList Parsers = new(new InlineParser[]
    {
        new HtmlEntityParser(),
        new EscapeInlineParser(),
        new EmphasisInlineParser(),
        new CodeInlineParser(),
        new AutolinkInlineParser(),
        new LineBreakInlineParser(),
    });

    private readonly MarkdownDocument _document;
    private InlineProcessor? _processor;

    public InlineReader(MarkdownDocument document) => _document = document;

    /// <summary>The block's inlines; parsed once, then cached on the block.</summary>
    public ContainerInline Read(LeafBlock block)
    {
        if (block.Inline is { } parsed)
        {
            return parsed;
        }

        // ProcessInlineLeaf releases the block's lines: keep a copy for the fallbacks.
        var lines = new StringLine[block.Lines.Count];
        if (lines.Length > 0)
        {
            Array.Copy(block.Lines.Lines, lines, lines.Length);
        }

        if (!IsOverBudget(lines, lines.Length) && TryParse(block, lines, 0, lines.Length) is { } whole)
        {
            return whole;
        }

        var root = new ContainerInline();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                root.AppendChild(new LineBreakInline());
            }

            var slice = lines[i].Slice;
            for (var start = slice.Start; start <= slice.End;)
            {
                var end = ChunkEnd(slice.Text, start, slice.End);
                var chunk = new StringLine(new StringSlice(slice.Text, start, end), lines[i].Line, lines[i].Column + (start - slice.Start), lines[i].Position + (start - slice.Start), lines[i].NewLine);
                if (TryParse(new ParagraphBlock(), new[] { chunk }, 0, 1) is { } parsedChunk)
                {
                    // Moved one by one: Markdig 0.31 (the version that binds in Visual Studio's compiler) has no TransferChildrenTo.
                    while (parsedChunk.FirstChild is { } child)
                    {
                        child.Remove();
                        root.AppendChild(child);
                    }
                }
                else
                {
                    root.AppendChild(new LiteralInline(chunk.Slice) { Span = new SourceSpan(start, end) });
                }

                start = end + 1;
            }
        }

        block.Inline = root;
        return root;
    }

    private ContainerInline? TryParse(LeafBlock block, StringLine[] lines, int start, int count)
    {
        var group = new StringLineGroup(Math.Max(1, count));
        for (var i = start; i < start + count; i++)
        {
            group.Add(ref lines[i]);
        }

        block.Lines = group;
        try
        {
            _processor ??= new InlineProcessor(_document, Parsers, preciseSourcelocation: true, context: null);
            _processor.ProcessInlineLeaf(block);
            return block.Inline;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Past Markdig's inline depth limit, for instance. A fresh processor for the next block: this one may be mid-state.
            _processor = null;
            block.Inline = null;
            return null;
        }
    }

    /// <summary>
    /// Whether the lines hold more triggers than one parse is given; then <see cref="Read"/> parses them line by line,
    /// or in chunks. Each line is counted from its start: a delimiter run does not go on past a line break.
    /// </summary>
    [MethodImpl(Optimized.Always)]
    internal static bool IsOverBudget(StringLine[] lines, int count)
    {
        var triggers = 0;
        for (var i = 0; i < count; i++)
        {
            var slice = lines[i].Slice;
            if (OverBudgetAt(slice.Text, slice.Start, slice.End, ref triggers) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The inclusive end of the longest run of text from <paramref name="start"/> with at most <see cref="MaxTriggers"/> triggers.</summary>
    private static int ChunkEnd(string text, int start, int end)
    {
        var triggers = 0;
        var over = OverBudgetAt(text, start, end, ref triggers);

        // Cut before the trigger: a delimiter run is never split.
        return over < 0 ? end : over - 1;
    }

    /// <summary>
    /// Where, from <paramref name="start"/> to <paramref name="end"/> (inclusive), a trigger takes the count in
    /// <paramref name="triggers"/> past <see cref="MaxTriggers"/>; -1 if none does. Triggers are runs of <c>*</c> or
    /// <c>_</c>, and each <c>&lt;</c>: what makes Markdig's inline parse superlinear.
    /// </summary>
    [MethodImpl(Optimized.Always)]
    private static int OverBudgetAt(string text, int start, int end, ref int triggers)
    {
        var previous = '\0';
        for (var j = start; j <= end; j++)
        {
            var c = text[j];
            if ((c == '<' || (c is '*' or '_' && c != previous)) && ++triggers > MaxTriggers)
            {
                return j;
            }

            previous = c;
        }

        return -1;
    }
}
