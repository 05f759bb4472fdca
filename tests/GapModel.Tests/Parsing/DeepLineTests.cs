using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// Lines with more than 128 list or quote markers are cut out before Markdig sees them (it would build every level,
/// then throw). Inside code, or where the markers end in a thematic break, Markdig reads such a line without trouble:
/// it must reach Markdig. Everywhere else it must still be cut before Markdig builds its levels.
/// </summary>
public sealed class DeepLineTests
{
    private static readonly string DeepQuotes = string.Concat(Enumerable.Repeat("> ", 200)) + "x";
    private static readonly string DeepItems = string.Concat(Enumerable.Repeat("- ", 200)) + "x";
    private static readonly string DeepNumbers = string.Concat(Enumerable.Repeat("1. ", 200)) + "x";

    private static GapDocumentSpec ParseChecked(string text)
    {
        var document = GapDocumentParser.Parse(text);
        ParsedDocumentChecks.AssertPositionsAgreeWithRoslyn(text, document);
        ParsedDocumentChecks.AssertGapsAreWellFormed(text, document);
        return document;
    }

    private static string Deep(string kind) => kind switch
    {
        "quotes" => DeepQuotes,
        "items" => DeepItems,
        _ => DeepNumbers,
    };

    [Theory]
    [InlineData("```", "```", "quotes", "")]
    [InlineData("```", "```", "quotes", "\n")]
    [InlineData("~~~", "~~~", "items", "")]
    [InlineData("````text", "`````", "numbers", "\n")]
    [InlineData("   ~~~ sample", "  ~~~~  ", "quotes", "")]
    [InlineData("```", null, "quotes", "\n")]
    public void A_deep_line_in_a_fenced_sample_is_kept_in_the_entry(string opener, string? closer, string kind, string gap)
    {
        var code = opener + "\n" + Deep(kind) + "\n" + (closer is null ? string.Empty : closer + "\n");
        var text = "### GAP-A: a\n\ntext\n\n### GAP-C: c\n" + gap + code;

        var document = ParseChecked(text);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(["GAP-A", "GAP-C"], document.Gaps.Select(g => g.Id));
        // An unclosed fence's span from Markdig ends at its opening line, so only a closed one's text is kept.
        if (closer is not null)
        {
            Assert.Contains(Deep(kind), Assert.Single(document.Gaps[1].Fields).Value);
        }
    }

    [Theory]
    [InlineData("```\n```x\n", "\n```\n")]
    [InlineData("~~~\n```\n", "\n~~~\n")]
    [InlineData("````\n```\n", "\n````\n")]
    [InlineData("```\n    ```\n", "\n```\n")]
    [InlineData("```\n\t```\n", "\n```\n")]
    [InlineData("<!-- note -->\n```\n", "\n```\n")]
    [InlineData("```\n\n# not a heading\n", "\n```\n")]
    public void A_line_that_does_not_close_the_fence_keeps_the_deep_line_in_it(string before, string after)
    {
        var document = ParseChecked("### GAP-C: c\n\n" + before + DeepQuotes + after);

        Assert.Empty(document.Diagnostics);
        Assert.Contains(DeepQuotes, Assert.Single(document.Gaps).Fields.Single().Value);
    }

    [Theory]
    [InlineData("    ")]
    [InlineData("\t")]
    [InlineData("  \t")]
    public void A_deep_line_in_indented_code_is_kept_in_the_entry(string indent)
    {
        var document = ParseChecked("### GAP-A: a\n\ntext\n\n### GAP-C: c\n\n" + indent + DeepItems + "\n\n**Status:** OPEN\n");

        Assert.Empty(document.Diagnostics);
        var gap = document.Gaps[1];
        Assert.Contains(DeepItems, gap.Fields[0].Value);
        Assert.Equal(GapStatusKind.Open, gap.Status);
    }

    [Fact]
    public void A_deep_line_indented_as_paragraph_text_is_read()
    {
        var document = ParseChecked("### GAP-C: c\n**Notes:** text\n    " + DeepQuotes + "\n");

        Assert.Empty(document.Diagnostics);
        Assert.Single(document.Gaps);
    }

    [Theory]
    [InlineData("> ", '-')]
    [InlineData("> > ", '*')]
    [InlineData("1. ", '-')]
    [InlineData("- > ", '*')]
    [InlineData(">", '-')]
    [InlineData("> ", '_')]
    public void A_long_thematic_break_after_a_quote_or_list_marker_is_read(string prefix, char c)
    {
        var rule = prefix + string.Join(" ", Enumerable.Repeat(c, 500));

        var document = ParseChecked("### GAP-A: t\n\n" + rule + "\n\n**Status:** OPEN\n\n### GAP-C: c\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(["GAP-A", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Equal(GapStatusKind.Open, document.Gaps[0].Status);
    }

    [Theory]
    [InlineData("```\nsample\n```\n")]
    [InlineData("```\n```\n")]
    [InlineData("``` a`b\n")]
    [InlineData("\t```\n")]
    [InlineData("    ```\n")]
    [InlineData("- ```\n  ```\n")]
    [InlineData("- a\n  ```\n")]
    [InlineData("<pre>\n```\n</pre>\n")]
    [InlineData("<div>\n```\n\n```\n\n```\n")]
    [InlineData("<pre/>\n</pre>\n```\n\n")]
    [InlineData("- a\n    ")]
    [InlineData("> ")]
    [InlineData("> - - ")]
    [InlineData("- * - ")]
    public void A_deep_line_outside_code_is_still_cut(string before)
    {
        var text = "### GAP-A: a\n\n" + before + DeepQuotes + "\n\n### GAP-C: c\n";

        // Judged on the whole text: a part read after a split may rightly take the line for code in that part.
        var deepLine = text.LastIndexOf('\n', text.IndexOf(DeepQuotes, System.StringComparison.Ordinal)) + 1;
        Assert.Equal(deepLine, GapDocumentParser.FirstDeepLine(text));
        var document = ParseChecked(text);
        Assert.Equal("GAP-A", document.Gaps[0].Id);
        Assert.DoesNotContain(document.Diagnostics, d => d.MessageArgs.Any(a => a.Contains("depth limit")));
    }

    [Fact]
    public void A_deep_line_after_a_split_is_judged_in_its_part()
    {
        // The first deep line makes the text be read in parts: the fenced one, in a part of its own, is still read.
        var text = "### GAP-A: a\n\n" + DeepQuotes + "\n\n### GAP-B: b\n\n```\n" + DeepQuotes + "\n```\n\n### GAP-C: c\n";

        var document = ParseChecked(text);

        Assert.Equal(["GAP-A", "GAP-B", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Contains(DeepQuotes, document.Gaps[1].Fields.Single().Value);
        Assert.Contains("line 3 opens more than 128 nested lists or quotes", Assert.Single(document.Diagnostics).MessageArgs[0]);
    }

    private static readonly string[] Fragments =
    [
        "```", "~~~", "````", "~~~~", "``` a`b", "~~~ a`b", "```x", "```  ", "```\u00A0", "```\f", " ```", "  ```", "   ```", "    ```", "\t```", " \t```",
        "<pre>", "</pre>", "<pre/>", "<PRE x>", "<!-- a", "-->", "<!-- a -->", "<div>", "<?", "?>", "<!DOCTYPE", "<!x", ">", "<![CDATA[", "]]>", "<b>x</b>",
        "- a", "1. a", "* a", "  - a", "-", "10) a", "> a", "> ```", "- ```", "  > a", "- - -", "> - - -",
        "", "", " ", "text", "    code", "  text", "# h", "---", "***",
    ];

    private static readonly string[] DeepIndents = ["", " ", "  ", "   ", "    ", "\t", "  \t", "> ", "- ", "      "];

    [Fact]
    public void A_line_the_scan_leaves_to_markdig_never_reaches_its_depth_limit()
    {
        // Random documents of fence, HTML, list and quote lines around deep lines: whenever the scan finds no deep line,
        // Markdig must read the text without throwing, or the scan would have let it build the levels.
        var random = new System.Random(20251125);
        string[] deeps =
        [
            string.Concat(Enumerable.Repeat("> ", 130)) + "x",
            string.Concat(Enumerable.Repeat("- ", 130)) + "x",
            string.Concat(Enumerable.Repeat("* ", 130)) + "- x",
            string.Concat(Enumerable.Repeat("> ", 100)) + string.Concat(Enumerable.Repeat("- ", 30)) + "-",
        ];
        var left = 0;
        for (var n = 0; n < 3000; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 10)).Select(_ => Fragments[random.Next(Fragments.Length)]).ToList();
            lines.Insert(random.Next(lines.Count + 1), DeepIndents[random.Next(DeepIndents.Length)] + deeps[random.Next(deeps.Length)]);
            var text = string.Join(random.Next(4) == 0 ? "\r\n" : "\n", lines);

            if (GapDocumentParser.FirstDeepLine(text) is null)
            {
                left++;
                var exception = Record.Exception(() => Markdig.Markdown.Parse(text));
                Assert.True(exception is null, System.Text.Json.JsonSerializer.Serialize(text));
            }
        }

        // Enough documents must take the path under test.
        Assert.InRange(left, 300, 3000);
    }

    [Fact]
    public void A_declared_total_is_read_from_its_ascii_digits()
    {
        var document = GapDocumentParser.Parse("### GAP-A: t\n\n---\n\n- **Total Gaps Identified:** 1\u0663 (Arabic-Indic three)\n");

        Assert.Equal(1, document.DeclaredTotal);
    }
}
