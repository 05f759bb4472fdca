using System.Collections.Generic;
using System.Linq;
using CsCheck;
using GapModel.Generators.Parsing;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// <see cref="PlainLines"/> reads plain lines from the source instead of Markdig's inline parse. Wherever it accepts a
/// paragraph or heading, every line must read exactly as through <see cref="InlineReader"/>: text, leading strong span
/// and positions. Where it declines, the reader falls back to the inline parse, so declining is always safe.
/// </summary>
public sealed class PlainLinesTests
{
    private static readonly string[] Words =
    {
        "**", "*", "***", "__", "_", "a_b", "x__y", "`", "``", "`c`", "&", "& ", "&amp;", "&#42;", "\\*", "<b>", "<", ":", ": ",
        "Name", "GAP-A-1", " *em*", " **strong**", " *x*.",  " ", "  ", "\t", "\u00A0", "\u2003", "é", "(", ")", "-", "[x]", "[ ]", "|", "!", "1.", "\n", "\n", "\n", "  \n", "\t\n",
    };

    private static readonly Gen<string> Paragraph = Gen.Int[0, Words.Length - 1].Array[1, 14].Select(picks => string.Concat(picks.Select(i => Words[i])));

    [Theory]
    [InlineData("**Status:** OPEN")]
    [InlineData("**Name**: value with `code` and & sign\n**Other:** x  \nplain line\t\nlast")]
    [InlineData("**GAP-A-1: Title**\n**Priority:** High (P2)")]
    [InlineData("**GAP-A-1: Title**  \n- not a list")]
    [InlineData("`code` first\n``a`b`` then")]
    [InlineData("IN_PROGRESS and snake_case_name")]
    [InlineData("[ ] a checkbox  \nwith two lines")]
    [InlineData("**Name:**value")]
    [InlineData("**Name :** x")]
    [InlineData("** Name:** x")]
    [InlineData("**a** **b:** c")]
    [InlineData("*em* text")]
    [InlineData("_x_ and __y__")]
    [InlineData("&amp; &#42; \\* <b>")]
    [InlineData("`unclosed and ``mismatched`")]
    [InlineData("\u00A0**Name:** x")]
    [InlineData("**Name:** many snake_case words  \nand more")]
    [InlineData("plain *em* and **strong** words.\nwith *cryptographic* verification, lacks **cross-runtime** memory")]
    [InlineData("**Name:** a *b*, c *d*) e **f**: g\n*a* at the start and x *a*b and *a *b* c*")]
    [InlineData("**Name:** *only*\nx **a*")]
    [InlineData("[ ] a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b a_b  \nnext line")]
    public void AcceptedLinesReadAsMarkdigReadsThem(string paragraph)
    {
        AssertSameLines("# Doc\n\n" + paragraph + "\n\n- " + paragraph.Replace("\n", "\n  ") + "\n\n### " + paragraph.Split('\n')[0] + "\n");
    }

    [Fact]
    public void GeneratedParagraphsReadAsMarkdigReadsThem()
        => Paragraph.Sample(text => AssertSameLines(text + "\n\n- " + text + "\n\n## " + text.Replace("\n", " ") + "\n"), iter: 5_000, threads: 1, seed: null);

    [Fact]
    public void PlainGapLinesAreAccepted()
    {
        const string text = "**GAP-A-1: Title**\n**Status:** IN_PROGRESS\n**Systems Affected:** API & Backend, `Core`\nfree text";
        var document = Markdown.Parse(text, GapDocumentParser.Pipeline);
        Assert.Equal(4, PlainLines.TryRead((LeafBlock)document[0], text)?.Count);
        AssertSameLines(text);
    }

    private static void AssertSameLines(string text)
    {
        var plain = Markdown.Parse(text, GapDocumentParser.Pipeline);
        var parsed = Markdown.Parse(text, GapDocumentParser.Pipeline);
        var reader = new InlineReader(parsed);
        var source = new MarkdownSource(text, 0);
        var plainBlocks = plain.Descendants<LeafBlock>().ToList();
        var parsedBlocks = parsed.Descendants<LeafBlock>().ToList();
        Assert.Equal(plainBlocks.Count, parsedBlocks.Count);
        for (var b = 0; b < plainBlocks.Count; b++)
        {
            if (PlainLines.TryRead(plainBlocks[b], text) is not { } fast)
            {
                continue;
            }

            var slow = InlineLine.Split(reader.Read(parsedBlocks[b]), source);
            Assert.Equal(slow.Count, fast.Count);
            for (var i = 0; i < fast.Count; i++)
            {
                Assert.Equal(Describe(slow[i]), Describe(fast[i]));
            }
        }
    }

    private static string Describe(ParagraphLine line)
    {
        var parts = new List<string> { "text=" + line.Render(), "empty=" + line.IsEmpty };
        if (!line.IsEmpty)
        {
            parts.Add("first=" + line.FirstSpan);
        }

        if (line.TryGetLeadingStrong(out var strong, out var span))
        {
            parts.Add("strong=" + strong + "@" + span + " only=" + line.IsOnlyStrong + " rest=" + line.RenderAfterStrong());
        }

        if (line.TryReadField(out var name, out var value, out var fieldSpan))
        {
            parts.Add("field=" + name + "=" + value + "@" + fieldSpan);
        }

        return string.Join(" | ", parts);
    }
}
