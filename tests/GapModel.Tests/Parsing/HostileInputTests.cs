using System;
using System.Linq;
using System.Text;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using GapModel.Tests.Infrastructure;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// Any text yields gaps and diagnostics: no exception, no hang. These assert the result, not the time: before the
/// fix the 200 KB <c>[a](</c> run alone took about 20 s, so a regression shows as a test run that stalls.
/// </summary>
public sealed class HostileInputTests
{
    private const string Before = "### GAP-A: Before\n**Status:** OPEN\n\n";
    private const string After = "\n\n### GAP-C: After\n**Status:** RESOLVED\n";

    private static GapDocumentSpec ParseChecked(string text)
    {
        var document = GapDocumentParser.Parse(text);
        ParsedDocumentChecks.AssertPositionsAgreeWithRoslyn(text, document);
        ParsedDocumentChecks.AssertGapsAreWellFormed(text, document);
        return document;
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\r\n\r")]
    [InlineData("\uFEFF")]
    [InlineData("GAP-")]
    [InlineData("\uFEFFGAP-")]
    [InlineData("### GAP-")]
    [InlineData("**GAP-A:")]
    [InlineData("**GAP-A:**")]
    [InlineData("\0\0### GAP-A: nul\0")]
    [InlineData("### GAP-A: t\n\t\t**Status:**\t\tOPEN")]
    [InlineData("```")]
    [InlineData("~~~~\n### GAP-A: t")]
    [InlineData("### GAP-A: t\n- [")]
    [InlineData("### GAP-A: t\n- [x")]
    [InlineData("### GAP-A: t\n- [x]")]
    [InlineData("### GAP-A: t\n**Status:**")]
    [InlineData("### GAP-A: t\n**Classification:** | | | |")]
    [InlineData("### GAP-A: t\r**Status:** OPEN\r---\r**GAP-B: u**\r- [x] done")]
    [InlineData("\ud800### GAP-A: lone surrogate \udc00")]
    public void Degenerate_documents_parse(string text)
    {
        ParseChecked(text);
    }

    [Fact]
    public void Binary_looking_text_parses()
    {
        var random = new Random(20251125);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            var text = (i % 2 == 0 ? Encoding.UTF8 : Encoding.Latin1).GetString(bytes) + "\n### GAP-BIN-1: after the noise\n";

            var document = ParseChecked(text);

            Assert.Contains(document.Gaps, g => g.Id == "GAP-BIN-1");
        }
    }

    [Theory]
    [InlineData("[a](")]
    [InlineData("![a](")]
    [InlineData("[a](<")]
    [InlineData("<?")]
    [InlineData("<!--")]
    [InlineData("<![CDATA[")]
    public void A_200_kb_run_of_unclosed_openers_is_read_as_written(string opener)
    {
        var run = string.Concat(Enumerable.Repeat(opener, 200_000 / opener.Length));
        var text = Before + "### GAP-B: Pasted log\n**Log:** " + run + After;

        var document = ParseChecked(text);

        Assert.Equal(["GAP-A", "GAP-B", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Equal(run, document.Gaps[1].Fields.Single(f => f.Name == "Log").Value);
    }

    [Fact]
    public void Thousands_of_link_openers_in_a_title_and_across_lines_are_read()
    {
        var run = string.Concat(Enumerable.Repeat("[a](", 5_000));
        var lines = string.Concat(Enumerable.Repeat("[a](x [b](\n", 5_000));
        var text = "### GAP-B: " + run + "\n**Notes:**\n" + lines + After;

        var document = ParseChecked(text);

        Assert.Equal(run, document.Gaps[0].Title);
        Assert.Equal(["GAP-B", "GAP-C"], document.Gaps.Select(g => g.Id));
    }

    [Theory]
    [InlineData("*a")]
    [InlineData("**a** ")]
    [InlineData("_a_ ")]
    [InlineData("a*")]
    public void Emphasis_runs_past_the_budget_lose_markers_but_no_text(string unit)
    {
        // 40 KB of delimiters: Markdig's own parse would take seconds and throw past 10,240 nested inlines.
        var run = string.Concat(Enumerable.Repeat(unit, 40_000 / unit.Length));
        var text = Before + "### GAP-B: Emphasis\n**Value:** " + run + "\n**Status:** RESOLVED" + After;

        var document = ParseChecked(text);

        var gap = document.Gaps[1];
        Assert.Equal(["Value", "Status"], gap.Fields.Select(f => f.Name));
        Assert.Equal(Letters(run), Letters(gap.Fields[0].Value));
        Assert.Equal(GapStatusKind.Resolved, gap.Status);
    }

    [Fact]
    public void A_long_paragraph_of_bold_fields_is_read_line_by_line()
    {
        // Over the inline budget as a whole, within it line by line: every field is still found.
        var fields = string.Concat(Enumerable.Range(0, 200).Select(i => $"**Field {i}:** value *{i}*\n"));

        var gap = Assert.Single(ParseChecked("### GAP-A: t\n" + fields).Gaps);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => ($"Field {i}", $"value {i}")), gap.Fields.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void Ten_thousand_nested_brackets_do_not_reach_the_inline_depth_limit()
    {
        var brackets = new string('[', 10_300) + new string(']', 10_300);

        var document = ParseChecked(Before + "### GAP-B: " + brackets + After);

        Assert.Equal(brackets, document.Gaps[1].Title);
    }

    [Theory]
    [InlineData(70, "- ")]
    [InlineData(200, "> ")]
    [InlineData(100, "1. ")]
    [InlineData(150, "> - ")]
    public void Nesting_past_markdigs_limits_is_reported_and_the_gaps_around_it_are_read(int depth, string marker)
    {
        var nested = string.Concat(Enumerable.Range(0, depth).Select(i => marker.StartsWith(">") ? string.Concat(Enumerable.Repeat(marker, i + 1)) + "x\n" : new string(' ', i * marker.Length) + marker + "x\n"));
        var text = Before + "### GAP-B: Deep\n**Status:** IN_PROGRESS\n\n" + nested + After;

        var document = ParseChecked(text);

        Assert.Equal(["GAP-A", "GAP-B", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Equal(GapStatusKind.InProgress, document.Gaps[1].Status);
        Assert.Contains(document.Diagnostics, d => d.Id == DiagnosticIds.UnreadableDocument);
    }

    [Fact]
    public void A_single_line_nested_a_thousand_quotes_deep_is_reported()
    {
        var text = Before + new string('>', 1000) + " x" + After;

        var document = ParseChecked(text);

        Assert.Equal(["GAP-A", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Equal(3, Assert.Single(document.Diagnostics).Position.Line);
    }

    [Theory]
    [InlineData("```")]
    [InlineData("~~~")]
    [InlineData("````")]
    public void An_unterminated_fence_hides_what_follows_and_says_so(string fence)
    {
        var text = Before + fence + "\ncode\n" + After;

        var document = ParseChecked(text);

        Assert.Equal(["GAP-A"], document.Gaps.Select(g => g.Id));
        Assert.Equal(DiagnosticIds.UnreadableDocument, Assert.Single(document.Diagnostics).Id);
    }

    [Fact]
    public void A_fence_closed_by_a_longer_fence_hides_nothing()
    {
        var document = ParseChecked(Before + "```\n### GAP-X: in code\n`````\n" + After);

        Assert.Equal(["GAP-A", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Ten_megabytes_of_the_seed_repeated_parse_with_every_repeat_reported()
    {
        var seed = Fixtures.Seed;
        var copies = (10 * 1024 * 1024 / seed.Length) + 1;
        var text = string.Concat(Enumerable.Repeat(seed + "\n", copies));

        var document = GapDocumentParser.Parse(text);

        Assert.Equal(29, document.Gaps.Count);
        Assert.Equal(29 * (copies - 1), document.Diagnostics.Count(d => d.Id == DiagnosticIds.DuplicateGapId));
        Assert.Equal(191, document.DeclaredTotal);
    }

    [Fact]
    public void A_ten_megabyte_paragraph_is_kept_in_its_field()
    {
        var line = "word **bold** `code` <b>html</b> [link](x) ";
        var paragraph = string.Concat(Enumerable.Repeat(line, (10 * 1024 * 1024) / line.Length));

        var document = GapDocumentParser.Parse("### GAP-A: t\n**Notes:** " + paragraph + "\n**Status:** RESOLVED\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal("Notes", gap.Fields[0].Name);
        Assert.StartsWith("word bold `code` <b>html</b> [link](x) word bold", gap.Fields[0].Value);
        Assert.Equal(Letters(paragraph), Letters(gap.Fields[0].Value));
        Assert.Equal(GapStatusKind.Resolved, gap.Status);
    }

    private static string Letters(string text) => new(text.Where(char.IsLetter).ToArray());

    [Fact]
    public void Mixed_line_ends_read_like_lf()
    {
        const string lf = "### GAP-A: t\n**Status:** OPEN\n\n**GAP-B: u**\n- [x] done\n";
        const string mixed = "### GAP-A: t\r\n**Status:** OPEN\r\r\n**GAP-B: u**\n- [x] done\r";

        Assert.Equal(ParsedDocumentChecks.Describe(ParseChecked(lf)), ParsedDocumentChecks.Describe(ParseChecked(mixed)));
    }

    [Fact]
    public void Cancellation_is_the_only_exception_that_escapes()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => GapDocumentParser.Parse(Fixtures.Seed, cancelled.Token));
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("1. ")]
    [InlineData("* > ")]
    public void A_ten_megabyte_line_of_nesting_markers_is_reported_without_being_parsed(string marker)
    {
        // Markdig opens every level before it throws: seconds per megabyte. Such lines are cut out beforehand.
        var line = string.Concat(Enumerable.Repeat(marker, 10 * 1024 * 1024 / marker.Length)) + "x\nlazy continuation\n";

        var document = ParseChecked(Before + line + After);

        Assert.Equal(["GAP-A", "GAP-C"], document.Gaps.Select(g => g.Id));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.UnreadableDocument, 3), (diagnostic.Id, diagnostic.Position.Line));
        Assert.Contains("line 4", diagnostic.MessageArgs[0]);
    }

    [Theory]
    [InlineData('-')]
    [InlineData('*')]
    public void A_long_thematic_break_of_spaced_markers_still_ends_the_entry(char c)
    {
        var rule = string.Join(" ", Enumerable.Repeat(c, 500));

        var document = ParseChecked("### GAP-A: t\n**Status:** OPEN\n\n" + rule + "\n\n**Stray:** x\n");

        Assert.Equal(["Status"], Assert.Single(document.Gaps).Fields.Select(f => f.Name));
        Assert.Empty(document.Diagnostics);
    }
}
