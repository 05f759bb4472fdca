using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using GapModel.Tests.Infrastructure;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// Gap documents as teams write them (issue #15): one fixture per shape under Fixtures/Shapes, each read as a person
/// reads it — IDs, titles, status, priority and systems — with no phantom gap.
/// </summary>
public sealed class DocumentShapeTests
{
    internal sealed record Expected(string Fixture, string Id, string Title, GapStatusKind Status, GapPriorityKind Priority, string Systems);

    private static readonly Expected[] Table =
    [
        new("heading-colon.md", "GAP-AUTH-001", "Password Reset Without Rate Limit", GapStatusKind.Open, GapPriorityKind.P1, "Identity Service;API Gateway"),
        new("heading-colon.md", "GAP-AUTH-002", "Session Tokens Never Expire", GapStatusKind.Resolved, GapPriorityKind.P0, "Identity Service"),
        new("heading-em-dash.md", "GAP-002", "Admin Portal Without MFA", GapStatusKind.Resolved, GapPriorityKind.P1, "Admin Portal;Identity Service"),
        new("heading-em-dash.md", "GAP-003", "Audit Log Gaps", GapStatusKind.InProgress, GapPriorityKind.P2, "Audit Service"),
        new("heading-en-dash.md", "GAP-D00-01", "Attribute Classification", GapStatusKind.InProgress, GapPriorityKind.P1, "Data Catalog"),
        new("heading-en-dash.md", "GAP-D00-02", "Retention Rules", GapStatusKind.Open, GapPriorityKind.P3, "Data Lake;Backups"),
        new("heading-hyphen.md", "GAP-PLAT-010", "Blue/Green Deployments", GapStatusKind.Open, GapPriorityKind.P2, "CI;Kubernetes"),
        new("heading-hyphen.md", "GAP-PLAT-011", "Secrets Rotation", GapStatusKind.Resolved, GapPriorityKind.P0, "Vault"),
        new("bold-line.md", "GAP-INT-001", "Partner API Has No Versioning", GapStatusKind.Open, GapPriorityKind.P3, "Partner API"),
        new("bold-line.md", "GAP-INT-002", "Webhooks Are Not Signed", GapStatusKind.InProgress, GapPriorityKind.P1, "Webhooks;Partner API"),
        new("bold-line.md", "GAP-INT-003", "Batch Export Times Out", GapStatusKind.Open, GapPriorityKind.P2, "Export Service"),
        new("soft-broken-fields.md", "GAP-OPS-001", "Backups Are Not Tested", GapStatusKind.InProgress, GapPriorityKind.P1, "Backups;Storage"),
        new("soft-broken-fields.md", "GAP-OPS-002", "On-Call Runbooks Missing", GapStatusKind.Resolved, GapPriorityKind.P3, "Operations"),
        new("never-gaps.md", "GAP-REAL-001", "The Only Gap", GapStatusKind.Open, GapPriorityKind.P2, "Everything"),
    ];

    public static TheoryData<string> FixtureNames => new(Table.Select(e => e.Fixture).Distinct());

    public static TheoryData<string, string> Gaps
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var expected in Table)
            {
                data.Add(expected.Fixture, expected.Id);
            }

            return data;
        }
    }

    private static GapDocumentSpec Read(string fixture) => GapDocumentParser.Parse(Fixtures.Read("Shapes/" + fixture));

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Each_fixture_defines_exactly_its_gaps_in_order(string fixture)
    {
        Assert.Equal(Table.Where(e => e.Fixture == fixture).Select(e => e.Id), Read(fixture).Gaps.Select(g => g.Id));
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Each_gap_reads_as_a_person_reads_it(string fixture, string id)
    {
        var expected = Table.Single(e => e.Fixture == fixture && e.Id == id);

        var gap = Read(fixture).Gaps.Single(g => g.Id == id);

        Assert.Equal(
            (expected.Title, expected.Status, expected.Priority, expected.Systems),
            (gap.Title, gap.Status, gap.Priority, string.Join(";", gap.SystemsAffected)));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void No_fixture_gets_a_status_or_priority_diagnostic(string fixture)
    {
        Assert.DoesNotContain(Read(fixture).Diagnostics, d => d.Id is DiagnosticIds.UnknownStatus or DiagnosticIds.UnrecognisedValue);
    }

    [Theory]
    [InlineData("### GAP-A: Title")]
    [InlineData("### GAP-A — Title")]
    [InlineData("### GAP-A – Title")]
    [InlineData("### GAP-A - Title")]
    [InlineData("### GAP-A  \u2014  Title")]
    [InlineData("### GAP-A\t-\tTitle")]
    [InlineData("### **GAP-A — Title**")]
    [InlineData("**GAP-A: Title**")]
    [InlineData("**GAP-A — Title**")]
    [InlineData("**GAP-A – Title**")]
    [InlineData("**GAP-A - Title**")]
    [InlineData("__GAP-A — Title__")]
    [InlineData("Intro line\n**GAP-A — Title**")]
    public void An_id_then_a_colon_or_a_spaced_dash_and_a_title_starts_an_entry(string line)
    {
        var gap = Assert.Single(GapDocumentParser.Parse(line + "\n- **Status:** Done\n").Gaps);

        Assert.Equal(("GAP-A", "Title", GapStatusKind.Resolved), (gap.Id, gap.Title, gap.Status));
    }

    [Theory]
    [InlineData("### GAP-A —")]
    [InlineData("**GAP-A —**")]
    public void A_dash_with_nothing_after_it_is_an_entry_without_a_title(string line)
    {
        var document = GapDocumentParser.Parse(line + "\n");

        Assert.Equal(("GAP-A", string.Empty), (Assert.Single(document.Gaps).Id, document.Gaps[0].Title));
        Assert.Contains(document.Diagnostics, d => d.Id == DiagnosticIds.MissingTitle);
    }

    [Theory]
    [InlineData("### GAP-020 use cases")]
    [InlineData("### GAP-020")]
    [InlineData("### GAP-020 : space before the colon")]
    [InlineData("### GAP-020—no spaces around the dash")]
    [InlineData("### GAP-020 -no space after the hyphen")]
    [InlineData("### GAP-020, GAP-021 and GAP-022")]
    [InlineData("GAP-020 use cases\n===")]
    public void A_heading_that_starts_with_an_id_but_has_no_separator_defines_nothing_and_says_so(string heading)
    {
        var text = "# Plan\n\n" + heading + "\n**Status:** Open\n";
        var document = GapDocumentParser.Parse(text);

        Assert.Empty(document.Gaps);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.HeadingWithoutSeparator, 3), (diagnostic.Id, diagnostic.Position.DisplayLine));
        Assert.Equal("GAP-020", diagnostic.MessageArgs[0]);
        Assert.Equal("GAP-020", text.Substring(diagnostic.Position.Offset, diagnostic.Position.Length));
    }

    [Theory]
    [InlineData("**GAP-020 use cases**")]
    [InlineData("## See GAP-020 for use cases")]
    [InlineData("## `GAP-020 use cases`")]
    [InlineData("> ### GAP-020 use cases")]
    [InlineData("- ### GAP-020 use cases")]
    [InlineData("```\n### GAP-020 use cases\n```")]
    public void Only_a_top_level_heading_starting_with_the_id_gets_the_diagnostic(string text)
    {
        var document = GapDocumentParser.Parse(text + "\n");

        Assert.Empty(document.Gaps);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Ids_in_tables_prose_lists_code_and_links_define_nothing()
    {
        var document = Read("never-gaps.md");

        Assert.Equal(["GAP-REAL-001"], document.Gaps.Select(g => g.Id));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.HeadingWithoutSeparator, "GAP-020"), (diagnostic.Id, diagnostic.MessageArgs[0]));
    }

    [Fact]
    public void Bullets_directly_under_a_heading_entry_are_its_fields()
    {
        var gap = Read("heading-em-dash.md").Gaps[0];

        Assert.Equal(["Status", "Priority", "Systems Affected", "Owner"], gap.Fields.Select(f => f.Name));
        Assert.Equal(("closed", "High"), (gap.StatusText, gap.PriorityText));
    }

    [Fact]
    public void Fields_with_the_colon_outside_the_bold_are_read()
    {
        var gap = Read("heading-en-dash.md").Gaps[0];

        Assert.Equal([("Status", "WIP"), ("Priority", "P1-HIGH"), ("Systems Affected", "Data Catalog")], gap.Fields.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void Several_fields_on_the_lines_of_one_paragraph_are_read_and_br_ends_a_value()
    {
        var gaps = Read("soft-broken-fields.md").Gaps;

        Assert.Equal(
            [("Status", "Ongoing"), ("Priority", "P1"), ("Owner", string.Empty), ("Systems Affected", "Backups, Storage")],
            gaps[0].Fields.Select(f => (f.Name, f.Value)));
        Assert.Equal(
            [("Status", "Completed"), ("Impact", string.Empty), ("Priority", "Low"), ("Systems Affected", "Operations")],
            gaps[1].Fields.Select(f => (f.Name, f.Value)));
    }

    [Theory]
    [InlineData("**Impact:** <br>\nText on the next line", "Impact", "")]
    [InlineData("**Impact:** <br/>\nText on the next line", "Impact", "")]
    [InlineData("**Impact:** <BR />\nText on the next line", "Impact", "")]
    [InlineData("- **Impact:** <br>\n  Text on the next line", "Impact", "")]
    public void An_empty_value_ended_by_br_is_empty_and_the_next_line_is_a_note(string lines, string name, string value)
    {
        var gap = Assert.Single(GapDocumentParser.Parse("### GAP-A: t\n**Status:** Open\n" + lines + "\n").Gaps);

        Assert.Equal(
            [("Status", "Open"), (name, value), (GapModel.Shared.GapFieldTable.Notes, "Text on the next line")],
            gap.Fields.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void A_br_at_the_end_of_a_line_is_a_line_break_not_text()
    {
        var gap = Assert.Single(GapDocumentParser.Parse("### GAP-A: t\n**Impact:** High<br>\nfor every tenant <br/>\n").Gaps);

        Assert.Equal("High\nfor every tenant", gap.Fields.Single().Value);
    }

    [Fact]
    public void A_field_with_no_value_and_no_br_still_takes_the_next_lines_as_its_text()
    {
        var gap = Assert.Single(GapDocumentParser.Parse("### GAP-A: t\n**Problem Description:**\nFirst line\nsecond line.\n").Gaps);

        Assert.Equal("First line\nsecond line.", gap.Fields.Single().Value);
    }

    [Theory]
    [InlineData("Resolved", "Resolved")]
    [InlineData("Done", "Resolved")]
    [InlineData("closed", "Resolved")]
    [InlineData("FIXED", "Resolved")]
    [InlineData("Complete", "Resolved")]
    [InlineData("Completed", "Resolved")]
    [InlineData("Implemented", "Resolved")]
    [InlineData("Mitigated", "Resolved")]
    [InlineData("✅ Done (2026-10-01)", "Resolved")]
    [InlineData("Done - verified by QA", "Resolved")]
    [InlineData("In progress", "InProgress")]
    [InlineData("In-progress", "InProgress")]
    [InlineData("IN_PROGRESS", "InProgress")]
    [InlineData("inprogress", "InProgress")]
    [InlineData("WIP", "InProgress")]
    [InlineData("Started", "InProgress")]
    [InlineData("Ongoing", "InProgress")]
    [InlineData("Partially resolved", "InProgress")]
    [InlineData("PARTIALLY_RESOLVED", "InProgress")]
    [InlineData("🟡 In Progress (50%)", "InProgress")]
    [InlineData("Open", "Open")]
    [InlineData("To do", "Open")]
    [InlineData("Todo", "Open")]
    [InlineData("TO-DO", "Open")]
    [InlineData("New", "Open")]
    [InlineData("Planned", "Open")]
    [InlineData("Not started", "Open")]
    [InlineData("not_started", "Open")]
    [InlineData("Blocked", "Open")]
    [InlineData("🔴 Blocked (vendor)", "Open")]
    public void Statuses_teams_write_are_read(string text, string status)
    {
        var document = GapDocumentParser.Parse($"### GAP-A — t\n- **Status:** {text}\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal((status, text), (gap.Status.ToString(), gap.StatusText));
        Assert.Empty(document.Diagnostics);
    }

    [Theory]
    [InlineData("Shipped")]
    [InlineData("Reopened")]
    [InlineData("Opened")]
    [InlineData("Undone")]
    [InlineData("Partially")]
    [InlineData("42")]
    public void Any_other_status_is_open_kept_as_written_and_reported_at_its_line(string text)
    {
        var document = GapDocumentParser.Parse($"### GAP-A — t\n\n- **Status:** {text}\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal((GapStatusKind.Open, text), (gap.Status, gap.StatusText));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.UnknownStatus, 3), (diagnostic.Id, diagnostic.Position.DisplayLine));
    }

    [Theory]
    [InlineData("P1", "P1")]
    [InlineData("(P1)", "P1")]
    [InlineData("P1-HIGH", "P1")]
    [InlineData("Critical (P1)", "P1")]
    [InlineData("Low - P0", "P0")]
    [InlineData("Critical", "P0")]
    [InlineData("HIGH", "P1")]
    [InlineData("medium", "P2")]
    [InlineData("Low", "P3")]
    [InlineData("🔴 Critical", "P0")]
    [InlineData("High - before the audit", "P1")]
    public void A_p_number_wins_and_otherwise_the_seeds_words_map_alone(string text, string priority)
    {
        var document = GapDocumentParser.Parse($"**GAP-A — t**\n- **Priority:** {text}\n");

        Assert.Equal((priority, text), (Assert.Single(document.Gaps).Priority.ToString(), document.Gaps[0].PriorityText));
        Assert.Empty(document.Diagnostics);
    }

    [Theory]
    [InlineData("Urgent")]
    [InlineData("Very high")]
    [InlineData("Highest")]
    public void Other_priority_words_are_unspecified_and_reported(string text)
    {
        var document = GapDocumentParser.Parse($"**GAP-A — t**\n- **Priority:** {text}\n");

        Assert.Equal(GapPriorityKind.Unspecified, Assert.Single(document.Gaps).Priority);
        Assert.Equal(DiagnosticIds.UnrecognisedValue, Assert.Single(document.Diagnostics).Id);
    }
}
