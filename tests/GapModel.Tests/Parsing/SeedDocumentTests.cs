using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using GapModel.Tests.Infrastructure;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>The users' real document, read gap by gap.</summary>
public sealed partial class SeedDocumentTests
{
    public sealed record ExpectedGap(
        string Id, string Title, int Line,
        GapType Type, string TypeText, GapPriority Priority, string PriorityText, GapScope Scope, string ScopeText,
        GapStatus Status, string StatusText,
        string[] Systems, string[] ProposedResolution, string[] ValidationCriteria);

    public static TheoryData<string> Ids => new(Expected.Select(e => e.Id));

    [Fact]
    public void Reads_exactly_the_29_gaps_in_document_order()
    {
        var document = GapDocumentParser.Parse(Fixtures.Seed);

        Assert.Equal(Expected.Select(e => e.Id), document.Gaps.Select(g => g.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Reads_every_field_of_each_gap(string id)
    {
        AssertGap(Expected.Single(e => e.Id == id), GapDocumentParser.Parse(Fixtures.Seed));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Reads_a_crlf_copy_with_a_bom_the_same_way(string id)
    {
        AssertGap(Expected.Single(e => e.Id == id), GapDocumentParser.Parse(Fixtures.SeedWithCrlfAndBom));
    }

    [Fact]
    public void Crlf_and_bom_change_nothing_but_offsets()
    {
        var plain = GapDocumentParser.Parse(Fixtures.Seed);
        var windows = GapDocumentParser.Parse(Fixtures.SeedWithCrlfAndBom);

        Assert.Equal(Describe(plain), Describe(windows));
    }

    [Fact]
    public void The_template_in_a_code_block_is_not_a_gap()
    {
        var document = GapDocumentParser.Parse(Fixtures.Seed);

        Assert.DoesNotContain(document.Gaps, g => g.Id == "GAP-XXX");
    }

    [Fact]
    public void The_closing_summary_belongs_to_no_gap()
    {
        var document = GapDocumentParser.Parse(Fixtures.Seed);
        var last = document.Gaps.Last();

        Assert.Equal("GAP-MONITORING-002", last.Id);
        Assert.Equal(
            ["Priority", "Systems Affected", "Description", "Missing Components", "Implementation Impact"],
            last.Fields.Select(f => f.Name));
        Assert.DoesNotContain(document.Gaps.SelectMany(g => g.Fields), f => f.Name is "Day 4 Summary" or "Last Updated" or "Total Gaps Identified");
    }

    [Fact]
    public void Declares_191_gaps_and_defines_29_which_is_reported_at_its_line()
    {
        var document = GapDocumentParser.Parse(Fixtures.Seed);

        Assert.Equal(191, document.DeclaredTotal);
        var mismatch = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticIds.DeclaredTotalMismatch);
        Assert.Equal(447, mismatch.Position.DisplayLine);
        Assert.Equal(["191", "29"], mismatch.MessageArgs);
    }

    [Fact]
    public void Heading_entries_keep_multi_line_fields_and_their_positions()
    {
        var gap = GapDocumentParser.Parse(Fixtures.Seed).Gaps[0];

        Assert.Equal(
            ["Use Case", "Classification", "Systems Affected", "Problem Description", "Current Phase 2 State", "Required Solution", "Phase 3 Impact", "Proposed Resolution", "Validation Criteria", "Status"],
            gap.Fields.Select(f => f.Name));
        var problem = gap.Fields.Single(f => f.Name == "Problem Description");
        Assert.Equal(
            "Mesh network requires distributed decision-making for sovereignty enforcement, but no consensus mechanism exists for coordinating decisions across multiple nodes.",
            problem.Value);
        Assert.Equal(71, problem.Position.DisplayLine);
        Assert.Equal(0, problem.Position.Column);
        Assert.Equal("Scenario 16 - Cognitive Sovereignty Mesh Network", gap.Fields[0].Value);
        Assert.Equal(67, gap.Fields[0].Position.DisplayLine);
        Assert.Equal((66, 4), (gap.Position.DisplayLine, gap.Position.Column));
    }

    [Fact]
    public void Bold_entries_keep_every_list_field()
    {
        var gap = GapDocumentParser.Parse(Fixtures.Seed).Gaps.Single(g => g.Id == "GAP-POSTGRES-006");

        Assert.Equal(
            [
                ("Classification", "Architecture | P2 | Strategic", 270),
                ("Systems Affected", "Storage Layer, Security Framework, Resource Management", 271),
                ("Description", "No support for multi-tenant PostgreSQL deployments", 272),
                ("Missing", "Tenant isolation, resource quotas, cross-tenant security", 273),
                ("Phase 2 Impact", "Medium - enables advanced enterprise deployment models", 274),
            ],
            gap.Fields.Select(f => (f.Name, f.Value, f.Position.DisplayLine)));
    }

    [Fact]
    public void Day_four_entries_keep_priority_missing_components_and_impact()
    {
        var gap = GapDocumentParser.Parse(Fixtures.Seed).Gaps.Single(g => g.Id == "GAP-INTEGRATION-001");

        Assert.Equal(
            [
                ("Priority", "Critical (P1)"),
                ("Systems Affected", "Plugin System, External Integration, API Management"),
                ("Description", "No unified API gateway for managing external service integrations and rate limiting"),
                ("Missing Components", "Service discovery, load balancing, circuit breakers, rate limiting, authentication proxy"),
                ("Implementation Impact", "High - foundational for all external integrations"),
            ],
            gap.Fields.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void Values_outside_the_vocabularies_are_kept_and_reported_as_information()
    {
        var document = GapDocumentParser.Parse(Fixtures.Seed);
        var reported = document.Diagnostics
            .Where(d => d.Id == DiagnosticIds.UnrecognisedValue)
            .Select(d => (d.MessageArgs[0], d.MessageArgs[1], d.MessageArgs[2], d.Position.DisplayLine));

        Assert.Equal(
            [
                ("GAP-POSTGRES-006", "scope", "Strategic", 270),
                ("GAP-SCIENTIFIC-001", "scope", "Critical", 277),
                ("GAP-SCIENTIFIC-002", "scope", "Critical", 284),
                ("GAP-SCIENTIFIC-003", "scope", "Critical", 291),
                ("GAP-DATABASE-007", "type", "Reliability", 298),
                ("GAP-DATABASE-007", "scope", "Technical", 298),
                ("GAP-DATABASE-008", "scope", "Technical", 305),
            ],
            reported);
    }

    private static void AssertGap(ExpectedGap expected, GapDocumentSpec document)
    {
        var gap = Assert.Single(document.Gaps, g => g.Id == expected.Id);
        Assert.Equal(expected.Title, gap.Title);
        Assert.Equal(expected.Line, gap.Position.DisplayLine);
        Assert.Equal(expected.Type.ToString(), gap.Type.ToString());
        Assert.Equal(expected.TypeText, gap.TypeText);
        Assert.Equal(expected.Priority.ToString(), gap.Priority.ToString());
        Assert.Equal(expected.PriorityText, gap.PriorityText);
        Assert.Equal(expected.Scope.ToString(), gap.Scope.ToString());
        Assert.Equal(expected.ScopeText, gap.ScopeText);
        Assert.Equal(expected.Status.ToString(), gap.Status.ToString());
        Assert.Equal(expected.StatusText, gap.StatusText);
        Assert.Equal(expected.Systems, gap.SystemsAffected);
        Assert.Equal(expected.ProposedResolution, Checklist(gap, "Proposed Resolution").Select(i => i.Text));
        Assert.Equal(expected.ValidationCriteria, Checklist(gap, "Validation Criteria").Select(i => i.Text));
        Assert.All(gap.Fields.SelectMany(f => f.Items), item => Assert.False(item.IsDone));
    }

    private static IEnumerable<ChecklistItemSpec> Checklist(GapSpec gap, string field)
        => gap.Fields.FirstOrDefault(f => f.Name == field)?.Items ?? EquatableArray<ChecklistItemSpec>.Empty;

    // Everything but character offsets, which the BOM and CRLF shift.
    private static IEnumerable<string> Describe(GapDocumentSpec document)
        => document.Gaps.Select(g => string.Join("|", g.Id, g.Title, g.Position.Line, g.Position.Column, g.Status, g.Priority, g.Type, g.Scope,
                string.Join(";", g.SystemsAffected),
                string.Join(";", g.Fields.Select(f => f.Name + "=" + f.Value + "@" + f.Position.Line + ":" + f.Position.Column + "[" + string.Join(",", f.Items.Select(i => i.Text + i.IsDone + i.Position.Line)) + "]"))))
            .Concat(document.Diagnostics.Select(d => d.Id + "@" + d.Position.Line + ":" + d.Position.Column + ":" + string.Join(",", d.MessageArgs)));
}
