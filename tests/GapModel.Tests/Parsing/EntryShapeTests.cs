using System.Linq;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>Which Markdown defines a gap, and where each entry ends.</summary>
public sealed class EntryShapeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_heading_of_any_level_starting_with_an_id_and_a_colon_is_an_entry(int level)
    {
        var hashes = new string('#', level);
        var document = GapDocumentParser.Parse($"{hashes} GAP-A-1: Title\n**Status:** OPEN\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal(("GAP-A-1", "Title"), (gap.Id, gap.Title));
        Assert.Equal("OPEN", gap.StatusText);
    }

    [Fact]
    public void Heading_entries_read_inline_fields_and_fields_whose_text_follows_in_paragraphs()
    {
        const string text = """
            ### GAP-CORE-001: Title
            **Use Case:** Scenario 1
            **Classification:** SECURITY | P1-HIGH | SYSTEM

            **Problem Description:**
            First line
            second line.

            Second paragraph.

            **Status:** IN_PROGRESS
            """;

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(["Use Case", "Classification", "Problem Description", "Status"], gap.Fields.Select(f => f.Name));
        Assert.Equal("First line\nsecond line.\n\nSecond paragraph.", gap.Fields[2].Value);
        Assert.Equal(GapStatusKind.InProgress, gap.Status);
    }

    [Fact]
    public void A_paragraph_that_is_one_strong_span_starts_a_bold_entry_with_list_fields()
    {
        const string text = """
            **GAP-X-006: Bold Title**
            - **Classification:** Architecture | P2 | Strategic
            - **Systems Affected:** A, B
            - **Description:** Text
            """;

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(("GAP-X-006", "Bold Title"), (gap.Id, gap.Title));
        Assert.Equal(["Classification", "Systems Affected", "Description"], gap.Fields.Select(f => f.Name));
        Assert.Equal(["A", "B"], gap.SystemsAffected);
    }

    [Fact]
    public void Underscore_strong_also_starts_a_bold_entry()
    {
        var gap = Assert.Single(GapDocumentParser.Parse("__GAP-U-1: Underscored__\n- **Priority:** P3\n").Gaps);

        Assert.Equal(("GAP-U-1", "Underscored", GapPriorityKind.P3), (gap.Id, gap.Title, gap.Priority));
    }

    [Fact]
    public void Day_four_entries_take_their_priority_from_the_priority_field()
    {
        const string text = """
            **GAP-INTEGRATION-001: API Gateway**
            - **Priority:** Critical (P1)
            - **Systems Affected:** Plugin System, External Integration
            - **Missing Components:** Service discovery, load balancing
            - **Implementation Impact:** High - foundational
            """;

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal((GapPriorityKind.P1, "Critical (P1)"), (gap.Priority, gap.PriorityText));
        Assert.Equal(["Priority", "Systems Affected", "Missing Components", "Implementation Impact"], gap.Fields.Select(f => f.Name));
        Assert.Equal("Service discovery, load balancing", gap.Fields[2].Value);
    }

    [Theory]
    [InlineData("GAP-A: t", "GAP-A")]
    [InlineData("GAP-A1-B2-C3: t", "GAP-A1-B2-C3")]
    [InlineData("GAP-001: t", "GAP-001")]
    [InlineData("GAP-SELF-MOD-010: t", "GAP-SELF-MOD-010")]
    public void An_id_is_gap_and_hyphen_separated_segments_of_capitals_and_digits(string heading, string id)
    {
        Assert.Equal(id, Assert.Single(GapDocumentParser.Parse("## " + heading).Gaps).Id);
    }

    [Theory]
    [InlineData("## GAP-a: lower case")]
    [InlineData("## GAP-: no segment")]
    [InlineData("## GAP-A-: trailing hyphen")]
    [InlineData("## GAP-A no colon")]
    [InlineData("## GAP-A : space before the colon")]
    [InlineData("## gap-A: lower-case prefix")]
    [InlineData("## See GAP-A: not at the start")]
    [InlineData("## `GAP-A: in code`")]
    public void Headings_that_do_not_start_with_id_and_colon_are_not_entries(string heading)
    {
        Assert.Empty(GapDocumentParser.Parse(heading + "\n**Status:** OPEN\n").Gaps);
    }

    [Theory]
    [InlineData("GAP-A: prose that is not bold\n- **Status:** OPEN")]
    [InlineData("As noted in GAP-A: the prose mentions it.")]
    [InlineData("`GAP-A: inline code`")]
    [InlineData("**GAP-A: bold** followed by more text on the line")]
    [InlineData("*GAP-A: only emphasis*")]
    [InlineData("```\n### GAP-A: fenced\n```")]
    [InlineData("~~~markdown\n**GAP-A: fenced with tildes**\n~~~")]
    [InlineData("    ### GAP-A: indented code")]
    [InlineData("- item\n\n  ```\n  ### GAP-A: fenced in a list\n  ```")]
    [InlineData("> ```\n> ### GAP-A: fenced in a quote\n> ```")]
    [InlineData("> ### GAP-A: heading in a quote")]
    [InlineData("- ### GAP-A: heading in a list")]
    [InlineData("- **GAP-A: bold in a list**")]
    [InlineData("<div>\n### GAP-A: in an HTML block\n</div>")]
    [InlineData("| GAP-A: cell |\n|---|")]
    public void An_id_anywhere_else_defines_nothing(string text)
    {
        Assert.Empty(GapDocumentParser.Parse(text).Gaps);
    }

    [Fact]
    public void Ids_in_code_inside_an_entry_stay_text_of_the_entry()
    {
        const string text = """
            ### GAP-A: Real
            **Notes:** see below

            ```
            ### GAP-B: Example only
            ```

                ### GAP-C: Indented example
            """;

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal("GAP-A", gap.Id);
        Assert.Contains("### GAP-B: Example only", gap.Fields.Single().Value);
        Assert.Contains("### GAP-C: Indented example", gap.Fields.Single().Value);
    }

    [Fact]
    public void A_heading_entry_ends_at_a_heading_of_the_same_or_a_higher_level()
    {
        const string text = """
            ### GAP-A: First
            **Status:** OPEN
            #### Details
            Deeper heading text.
            ### Other section
            **Stray:** not in the gap
            ## Higher
            **Also:** stray
            """;

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(["Status", "Details"], gap.Fields.Select(f => f.Name));
        Assert.Equal("Deeper heading text.", gap.Fields[1].Value);
    }

    [Fact]
    public void A_bold_entry_ends_at_any_heading()
    {
        const string text = """
            **GAP-A: First**
            - **Status:** OPEN

            ###### Tiny heading
            - **Stray:** not in the gap
            """;

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(["Status"], gap.Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("___")]
    [InlineData("- - -")]
    public void An_entry_ends_at_a_thematic_break(string rule)
    {
        var text = $"### GAP-A: First\n**Status:** OPEN\n\n{rule}\n\n**Stray:** after the rule\n";

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(["Status"], gap.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Dashes_right_under_a_field_line_are_a_rule_not_a_heading()
    {
        // Markdig reads "text\n---" as a setext heading; authors of gap files mean the field, then a rule.
        const string text = "### GAP-A: First\n**Status:** RESOLVED\n---\n**Stray:** after the rule\n";

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(["Status"], gap.Fields.Select(f => f.Name));
        Assert.Equal(GapStatusKind.Resolved, gap.Status);
    }

    [Fact]
    public void A_title_line_over_dashes_is_a_level_two_heading_entry()
    {
        const string text = "GAP-A: Setext\n---\n**Status:** OPEN\n### Deeper\ntext\n## Same level\n**Stray:** x\n";

        var gap = Assert.Single(GapDocumentParser.Parse(text).Gaps);

        Assert.Equal(("GAP-A", "Setext"), (gap.Id, gap.Title));
        Assert.Equal(["Status", "Deeper"], gap.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Each_entry_ends_where_the_next_begins()
    {
        const string text = """
            ### GAP-A: One
            **Status:** OPEN
            **GAP-B: Two**
            - **Status:** RESOLVED
            # GAP-C: Three
            **Status:** In Progress
            """;

        var document = GapDocumentParser.Parse(text);

        Assert.Equal(
            [("GAP-A", GapStatusKind.Open), ("GAP-B", GapStatusKind.Resolved), ("GAP-C", GapStatusKind.InProgress)],
            document.Gaps.Select(g => (g.Id, g.Status)));
        Assert.All(document.Gaps, g => Assert.Single(g.Fields));
    }

    [Fact]
    public void Text_after_the_last_rule_belongs_to_no_gap_but_the_total_is_read()
    {
        const string text = """
            ### GAP-A: One
            **Status:** OPEN

            ---

            **Day 4 Summary:** Added 18 new gaps.

            ---

            **Total Gaps Identified:** 1
            **Last Updated:** Day 4
            """;

        var document = GapDocumentParser.Parse(text);

        var gap = Assert.Single(document.Gaps);
        Assert.Equal(["Status"], gap.Fields.Select(f => f.Name));
        Assert.Equal(1, document.DeclaredTotal);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Text_before_any_field_is_kept_as_notes()
    {
        var gap = Assert.Single(GapDocumentParser.Parse("### GAP-A: One\nFree text first.\n\n**Status:** OPEN\n").Gaps);

        Assert.Equal([(GapModel.Shared.GapFieldTable.Notes, "Free text first."), ("Status", "OPEN")], gap.Fields.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void A_declared_total_inside_an_entry_is_a_document_fact_not_a_field()
    {
        var document = GapDocumentParser.Parse("**GAP-A: t**\n- **Status:** OPEN\n- **Total Gaps Identified:** 1\n");

        Assert.Equal(["Status"], Assert.Single(document.Gaps).Fields.Select(f => f.Name));
        Assert.Equal(1, document.DeclaredTotal);
    }
}
