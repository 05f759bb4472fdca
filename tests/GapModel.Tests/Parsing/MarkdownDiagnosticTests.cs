using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>GM1001–GM1006: reported where the problem is, never fatal, nothing dropped silently.</summary>
public sealed class MarkdownDiagnosticTests
{
    [Fact]
    public void GM1001_the_first_definition_stands_and_later_ones_are_reported_where_they_are()
    {
        const string text = """
            ### GAP-A: First
            **Status:** OPEN

            **GAP-A: Second**
            - **Status:** RESOLVED

            # GAP-A: Third
            """;

        var document = GapDocumentParser.Parse(text);

        var gap = Assert.Single(document.Gaps);
        Assert.Equal(("First", GapStatusKind.Open), (gap.Title, gap.Status));
        var duplicates = document.Diagnostics.Where(d => d.Id == DiagnosticIds.DuplicateGapId).ToList();
        Assert.Equal([(4, 2), (7, 2)], duplicates.Select(d => (d.Position.DisplayLine, d.Position.Column)));
        Assert.All(duplicates, d => Assert.Equal(["GAP-A", "line 1"], d.MessageArgs));
    }

    [Fact]
    public void GM1002_values_outside_the_vocabularies_are_reported_at_their_field()
    {
        const string text = """
            **GAP-A: t**
            - **Classification:** Reliability | P9 | Technical
            - **Status:** OPEN
            """;

        var document = GapDocumentParser.Parse(text);

        // In the field table's order (status, priority, type, scope).
        Assert.Equal(
            [("priority", "P9"), ("type", "Reliability"), ("scope", "Technical")],
            document.Diagnostics.Select(d => (d.MessageArgs[1], d.MessageArgs[2])));
        Assert.All(document.Diagnostics, d => Assert.Equal((DiagnosticIds.UnrecognisedValue, 2, 2), (d.Id, d.Position.DisplayLine, d.Position.Column)));
        var gap = Assert.Single(document.Gaps);
        Assert.Equal((GapTypeKind.Other, GapPriorityKind.Unspecified, GapScopeKind.Other), (gap.Type, gap.Priority, gap.Scope));
    }

    [Fact]
    public void GM1002_a_priority_without_a_p_number_is_reported_at_the_priority_field()
    {
        var document = GapDocumentParser.Parse("**GAP-A: t**\n- **Systems Affected:** X\n- **Priority:** Urgent\n");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.UnrecognisedValue, 3), (diagnostic.Id, diagnostic.Position.DisplayLine));
        Assert.Equal(["GAP-A", "priority", "Urgent", "P0, P1, P2, P3 (or Critical, High, Medium, Low)"], diagnostic.MessageArgs);
    }

    [Theory]
    [InlineData("Shipped")]
    [InlineData("Won't fix")]
    [InlineData("TBD")]
    public void GM1003_a_status_not_understood_is_reported_and_read_as_open(string status)
    {
        var document = GapDocumentParser.Parse($"### GAP-A: t\n\n**Status:** {status}\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal((GapStatusKind.Open, status), (gap.Status, gap.StatusText));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.UnknownStatus, 3, 0), (diagnostic.Id, diagnostic.Position.DisplayLine, diagnostic.Position.Column));
        Assert.Equal(["GAP-A", status], diagnostic.MessageArgs);
    }

    [Theory]
    [InlineData("### GAP-A:")]
    [InlineData("### GAP-A:   ")]
    [InlineData("**GAP-A:**")]
    public void GM1004_an_entry_without_a_title_is_kept_and_reported(string line)
    {
        var document = GapDocumentParser.Parse(line + "\n");

        var gap = Assert.Single(document.Gaps);
        Assert.Equal(("GAP-A", string.Empty), (gap.Id, gap.Title));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.MissingTitle, 1), (diagnostic.Id, diagnostic.Position.DisplayLine));
    }

    [Fact]
    public void GM1005_a_declared_total_that_differs_is_information_at_its_line()
    {
        var document = GapDocumentParser.Parse("### GAP-A: t\n\n---\n\n- **Total Gaps Identified:** 3 (estimated)\n");

        Assert.Equal(3, document.DeclaredTotal);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.DeclaredTotalMismatch, 5, 2), (diagnostic.Id, diagnostic.Position.DisplayLine, diagnostic.Position.Column));
        Assert.Equal(["3", "1"], diagnostic.MessageArgs);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, DiagnosticDescriptors.Get(diagnostic.Id).DefaultSeverity);
    }

    [Fact]
    public void GM1006_a_part_nested_too_deep_is_reported_and_the_rest_is_read()
    {
        // Markdig throws past 128 block levels; a list nested 100 deep takes about 200.
        var deep = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- level\n"));
        var text = "### GAP-A: Before\n**Status:** OPEN\n\n### GAP-B: Deep\n\n" + deep + "\n### GAP-C: After\n**Status:** RESOLVED\n";

        var document = GapDocumentParser.Parse(text);

        Assert.Equal(["GAP-A", "GAP-B", "GAP-C"], document.Gaps.Select(g => g.Id));
        Assert.Equal(GapStatusKind.Resolved, document.Gaps[2].Status);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.UnreadableDocument, 6), (diagnostic.Id, diagnostic.Position.DisplayLine));
        Assert.Contains("nested", diagnostic.MessageArgs[0]);
    }

    [Fact]
    public void GM1006_an_unclosed_fence_that_hides_entries_is_reported_at_the_fence()
    {
        const string text = "### GAP-A: Before\n\n```\nexample\n\n### GAP-B: Swallowed by the fence\n";

        var document = GapDocumentParser.Parse(text);

        Assert.Equal(["GAP-A"], document.Gaps.Select(g => g.Id));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticIds.UnreadableDocument, 3), (diagnostic.Id, diagnostic.Position.DisplayLine));
    }

    [Fact]
    public void An_unclosed_fence_with_no_id_after_it_is_not_reported()
    {
        Assert.Empty(GapDocumentParser.Parse("### GAP-A: Before\n\n```\nexample without ids\n").Diagnostics);
    }

    [Fact]
    public void Every_markdown_diagnostic_has_a_descriptor_in_the_document_category()
    {
        var document = GapDocumentParser.Parse("### GAP-A:\n**Status:** ?\n**Classification:** X | Y | Z\n### GAP-A: again\n\n---\n\n**Total Gaps Identified:** 9\n");

        Assert.Equal(
            [DiagnosticIds.DuplicateGapId, DiagnosticIds.UnrecognisedValue, DiagnosticIds.UnknownStatus, DiagnosticIds.MissingTitle, DiagnosticIds.DeclaredTotalMismatch],
            document.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));
        Assert.All(document.Diagnostics, d => Assert.Contains(DiagnosticDescriptors.Get(d.Id), DiagnosticDescriptors.DocumentRules));
    }
}
