using System.Linq;
using GapModel.Generators.Parsing;
using GapModel.Tests.Infrastructure;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>Lines and columns are 0-based, break where Roslyn's SourceText breaks, and survive every line ending.</summary>
public sealed class PositionTests
{
    public static TheoryData<string> SeedVariants => new()
    {
        "lf",
        "crlf",
        "cr",
        "bom+lf",
        "bom+crlf",
        "bom+cr",
    };

    private static string Variant(string name)
    {
        var lf = Fixtures.Seed.Replace("\r\n", "\n");
        var text = name.EndsWith("crlf") ? lf.Replace("\n", "\r\n") : name.EndsWith("cr") ? lf.Replace('\n', '\r') : lf;
        return name.StartsWith("bom") ? "\uFEFF" + text : text;
    }

    [Theory]
    [MemberData(nameof(SeedVariants))]
    public void Every_position_in_the_seed_agrees_with_roslyn(string variant)
    {
        var text = Variant(variant);
        var document = GapDocumentParser.Parse(text);

        Assert.Equal(29, document.Gaps.Count);
        ParsedDocumentChecks.AssertPositionsAgreeWithRoslyn(text, document);
        ParsedDocumentChecks.AssertGapsAreWellFormed(text, document);
        Assert.All(document.Gaps, g => Assert.Equal(g.Id, text.Substring(g.Position.Offset, g.Position.Length)));
    }

    [Theory]
    [MemberData(nameof(SeedVariants))]
    public void Line_ends_and_a_bom_change_nothing_but_offsets(string variant)
    {
        Assert.Equal(
            ParsedDocumentChecks.Describe(GapDocumentParser.Parse(Variant("lf"))),
            ParsedDocumentChecks.Describe(GapDocumentParser.Parse(Variant(variant))));
    }

    [Fact]
    public void Fields_and_checklist_items_point_at_their_markers()
    {
        var text = Variant("crlf");
        var gap = GapDocumentParser.Parse(text).Gaps[0];

        Assert.All(gap.Fields, f => Assert.StartsWith("**" + f.Name, text.Substring(f.Position.Offset)));
        Assert.All(gap.Fields.SelectMany(f => f.Items), i => Assert.StartsWith("[ ] " + i.Text, text.Substring(i.Position.Offset)));
        var item = gap.Fields.Single(f => f.Name == "Proposed Resolution").Items[1];
        Assert.Equal((85, 2), (item.Position.DisplayLine, item.Position.Column));
    }

    [Fact]
    public void Unicode_line_separators_count_as_line_breaks_like_roslyn_does()
    {
        // Markdig does not break lines at U+2028 or U+0085; Roslyn, and so the IDE, does.
        const string text = "### GAP-A: one\u2028two\n**Status:** OPEN\u0085\n**Owner:** x\n";
        var document = GapDocumentParser.Parse(text);

        var gap = Assert.Single(document.Gaps);
        Assert.Equal([2, 4], gap.Fields.Select(f => f.Position.Line));
        ParsedDocumentChecks.AssertPositionsAgreeWithRoslyn(text, document);
    }

    [Fact]
    public void Columns_count_characters_from_the_line_start()
    {
        const string text = "# Doc\r\n\r\n  ## GAP-A: t\r\n   **Status:** OPEN\r\n- **Owner:** x\r\n";

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal((2, 5), (gap.Position.Line, gap.Position.Column));
        Assert.Equal([(3, 3), (4, 2)], gap.Fields.Select(f => (f.Position.Line, f.Position.Column)));
    }

    [Fact]
    public void A_bold_title_line_inside_a_paragraph_is_positioned_at_its_id()
    {
        const string text = "**GAP-A: one**\n- **Status:** OPEN\n\n**Notes:** x\n**GAP-B: two**\n";

        var document = GapDocumentParser.Parse(text);

        Assert.Equal([(0, 2), (4, 2)], document.Gaps.Select(g => (g.Position.Line, g.Position.Column)));
    }
}
