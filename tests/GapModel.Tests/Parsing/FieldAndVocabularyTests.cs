using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>Fields, checklists, titles and the normalised vocabularies.</summary>
public sealed class FieldAndVocabularyTests
{
    private static GapSpec Single(string text) => Assert.Single(GapDocumentParser.Parse(text).Gaps);

    private static GapSpec WithClassification(string classification)
        => Single($"### GAP-A: t\n**Classification:** {classification}\n");

    [Fact]
    public void Known_field_names_are_matched_in_any_case()
    {
        const string text = """
            ### GAP-A: t
            **classification:** security | p1 | system
            **SYSTEMS AFFECTED:** A, B
            **status:** resolved
            """;

        var gap = Single(text);

        Assert.Equal((GapTypeKind.Security, GapPriorityKind.P1, GapScopeKind.System), (gap.Type, gap.Priority, gap.Scope));
        Assert.Equal(["A", "B"], gap.SystemsAffected);
        Assert.Equal(GapStatusKind.Resolved, gap.Status);
        Assert.Equal(["classification", "SYSTEMS AFFECTED", "status"], gap.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Unknown_fields_are_kept_by_name_with_their_text()
    {
        const string text = """
            **GAP-A: t**
            - **Owner:** Team Blue
            - **Risk**: colon outside the strong span
            - **Links:** [spec](https://example.com/spec) and <https://example.com>
            """;

        var gap = Single(text);

        Assert.Equal(
            [("Owner", "Team Blue"), ("Risk", "colon outside the strong span"), ("Links", "[spec](https://example.com/spec) and <https://example.com>")],
            gap.Fields.Select(f => (f.Name, f.Value)));
    }

    [Theory]
    [InlineData("- [ ] open item", false)]
    [InlineData("- [x] done item", true)]
    [InlineData("- [X] done item", true)]
    [InlineData("* [x] done item", true)]
    [InlineData("1. [ ] open item", false)]
    public void Checklist_items_keep_text_and_done_state(string line, bool done)
    {
        var gap = Single($"### GAP-A: t\n**Proposed Resolution:**\n{line}\n");

        var item = Assert.Single(Assert.Single(gap.Fields).Items);
        Assert.Equal(done, item.IsDone);
        Assert.EndsWith("item", item.Text);
        Assert.DoesNotContain("[", item.Text);
    }

    [Fact]
    public void Checklist_items_belong_to_the_field_above_them()
    {
        const string text = """
            ### GAP-A: t
            **Proposed Resolution:**
            - [ ] One
            - [x] Two **bold** `code`

            **Validation Criteria:**
            - [X] Three
            """;

        var gap = Single(text);

        Assert.Equal([("One", false), ("Two bold `code`", true)], gap.Fields[0].Items.Select(i => (i.Text, i.IsDone)));
        Assert.Equal([("Three", true)], gap.Fields[1].Items.Select(i => (i.Text, i.IsDone)));
    }

    [Fact]
    public void Systems_affected_are_split_on_commas_and_trimmed()
    {
        Assert.Equal(["Security & Transparency", "API & Backend", "X"], Single("### GAP-A: t\n**Systems Affected:** Security & Transparency ,API & Backend,, X ,\n").SystemsAffected);
    }

    [Theory]
    [InlineData("ARCHITECTURAL", "Architectural")]
    [InlineData("Architecture", "Architectural")]
    [InlineData("architectural", "Architectural")]
    [InlineData("SECURITY", "Security")]
    [InlineData("Integration", "Integration")]
    [InlineData("PERFORMANCE", "Performance")]
    [InlineData("UI/UX", "UiUx")]
    [InlineData("TESTING", "Testing")]
    [InlineData("DOCUMENTATION", "Documentation")]
    [InlineData("Reliability", "Other")]
    public void Types_normalise_and_keep_their_text(string text, string kind)
    {
        var gap = WithClassification($"{text} | P1 | SYSTEM");

        Assert.Equal((kind, text), (gap.Type.ToString(), gap.TypeText));
    }

    [Theory]
    [InlineData("P0-CRITICAL", "P0")]
    [InlineData("P1-HIGH", "P1")]
    [InlineData("P2", "P2")]
    [InlineData("P3-LOW", "P3")]
    [InlineData("Critical (P1)", "P1")]
    [InlineData("High (P2)", "P2")]
    [InlineData("p0", "P0")]
    public void Priorities_are_decided_by_their_p_number(string text, string kind)
    {
        var gap = WithClassification($"SECURITY | {text} | SYSTEM");

        Assert.Equal((kind, text), (gap.Priority.ToString(), gap.PriorityText));
        Assert.Empty(GapDocumentParser.Parse($"### GAP-A: t\n**Classification:** SECURITY | {text} | SYSTEM\n").Diagnostics);
    }

    [Theory]
    [InlineData("ISOLATED", "Isolated")]
    [InlineData("SYSTEM", "System")]
    [InlineData("CROSS-CUTTING", "CrossCutting")]
    [InlineData("Cross-cutting", "CrossCutting")]
    [InlineData("FOUNDATIONAL", "Foundational")]
    [InlineData("Strategic", "Other")]
    public void Scopes_normalise_and_keep_their_text(string text, string kind)
    {
        var gap = WithClassification($"SECURITY | P1 | {text}");

        Assert.Equal((kind, text), (gap.Scope.ToString(), gap.ScopeText));
    }

    [Theory]
    [InlineData("OPEN", "Open")]
    [InlineData("open", "Open")]
    [InlineData("IN_PROGRESS", "InProgress")]
    [InlineData("in_progress", "InProgress")]
    [InlineData("In Progress", "InProgress")]
    [InlineData("in-progress", "InProgress")]
    [InlineData("RESOLVED", "Resolved")]
    [InlineData("Resolved", "Resolved")]
    [InlineData("✅ RESOLVED (2025-06-03)", "Resolved")]
    public void Statuses_are_read_in_any_case(string text, string kind)
    {
        var document = GapDocumentParser.Parse($"### GAP-A: t\n**Status:** {text}\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal((kind, text), (gap.Status.ToString(), gap.StatusText));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void No_status_line_means_open()
    {
        var gap = Single("### GAP-A: t\n**Classification:** SECURITY | P1 | SYSTEM\n");

        Assert.Equal((GapStatusKind.Open, string.Empty), (gap.Status, gap.StatusText));
    }

    [Fact]
    public void Missing_vocabularies_are_unspecified_and_not_reported()
    {
        var document = GapDocumentParser.Parse("### GAP-A: t\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal((GapTypeKind.Unspecified, GapPriorityKind.Unspecified, GapScopeKind.Unspecified), (gap.Type, gap.Priority, gap.Scope));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_priority_field_wins_over_the_classification()
    {
        var gap = Single("**GAP-A: t**\n- **Classification:** SECURITY | P3 | SYSTEM\n- **Priority:** Critical (P0)\n");

        Assert.Equal((GapPriorityKind.P0, "Critical (P0)"), (gap.Priority, gap.PriorityText));
    }

    [Theory]
    [InlineData("### GAP-A: Fix <T> handling", "Fix <T> handling")]
    [InlineData("### GAP-A: Use `Span<T>` and `**not bold**`", "Use `Span<T>` and `**not bold**`")]
    [InlineData("### GAP-A: **Bold** and *italic* and _under_ words", "Bold and italic and under words")]
    [InlineData("### GAP-A: Escaped \\*stars\\* and \\_unders\\_", "Escaped *stars* and _unders_")]
    [InlineData("### GAP-A: Entities &amp; &lt;tags&gt;", "Entities & <tags>")]
    [InlineData("### GAP-A: \"Quoted\" 'single' “curly” «angle»", "\"Quoted\" 'single' “curly” «angle»")]
    [InlineData("### GAP-A:    Padded   ", "Padded")]
    [InlineData("### GAP-A: Closing hashes ###", "Closing hashes")]
    [InlineData("### GAP-A: A [link](https://example.com) kept", "A [link](https://example.com) kept")]
    [InlineData("### GAP-A: <span class=\"x\">html</span>", "<span class=\"x\">html</span>")]
    [InlineData("**GAP-A: Bold `code` title**", "Bold `code` title")]
    [InlineData("### **GAP-A: All bold**", "All bold")]
    public void Titles_drop_emphasis_resolve_escapes_and_keep_code_and_html(string line, string title)
    {
        Assert.Equal(title, Single(line + "\n").Title);
    }

    [Fact]
    public void Type_and_scope_fields_are_read_when_there_is_no_classification()
    {
        var gap = Single("**GAP-A: t**\n- **Type:** Security\n- **Priority:** P2\n- **Scope:** Isolated\n");

        Assert.Equal((GapTypeKind.Security, "Security", GapScopeKind.Isolated, "Isolated"), (gap.Type, gap.TypeText, gap.Scope, gap.ScopeText));
    }

    [Fact]
    public void A_declared_total_that_matches_is_not_reported()
    {
        var document = GapDocumentParser.Parse("### GAP-A: t\n\n---\n\n**Total Gaps Identified:** 1\n");

        Assert.Equal(1, document.DeclaredTotal);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == DiagnosticIds.DeclaredTotalMismatch);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Text_kept_as_written_has_lf_line_ends_whatever_the_document_has(string newLine)
    {
        // Found by the line-end property: a code span across lines and a code block kept their CRLF.
        var text = "# GAP-A: t\n- [ ] action\n``\n``\n\n**Notes:**\n\n```\ncode\nmore\n```\n".Replace("\n", newLine);

        var gap = Single(text);

        Assert.Equal("action `` ``", gap.Fields[0].Items.Single().Text);
        Assert.Equal("```\ncode\nmore\n```", gap.Fields[1].Value);
    }
}
