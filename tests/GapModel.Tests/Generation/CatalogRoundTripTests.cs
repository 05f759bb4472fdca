using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GapModel.Shared;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>
/// One gap whose every property holds a value no other property holds, read from Markdown, written into the catalog
/// and read back by <c>GapModel.dll</c>: a writer and reader that disagree on the order or the count of any field
/// (two classified fields swapped, a field skipped) fail here, which equal texts would hide.
/// </summary>
public sealed class CatalogRoundTripTests
{
    private const string Document = """
        # Gaps

        ### GAP-TRIP-007: A title like no other value

        **Classification:** Security | P3-low | Cross-cutting
        **Status:** In progress (since Monday)
        **Systems Affected:** Ledger, Mailer

        **Use Case:** Someone uses it.

        **Proposed Resolution:**
        - [x] First step
        - [ ] Second step

        **Validation Criteria:**
        - [ ] It holds
        """;

    [Fact]
    public void Every_property_of_a_gap_comes_back_from_the_catalog_as_written()
    {
        var (_, output) = GeneratorHarness.Run([GeneratorHarness.Gaps("docs/trip.md", Document)]);
        var context = new AssemblyLoadContext("round-trip", isCollectible: true);
        try
        {
            var catalog = GeneratorHarness.Load(output, context).GetType("App.GapCatalog")!;
            var gap = ((IReadOnlyList<GapInfo>)catalog.GetProperty("All")!.GetValue(null)!).Single();

            var expected = new Dictionary<string, object>
            {
                [nameof(GapInfo.Id)] = "GAP-TRIP-007",
                [nameof(GapInfo.Title)] = "A title like no other value",
                [nameof(GapInfo.Status)] = GapStatus.InProgress,
                [nameof(GapInfo.StatusText)] = "In progress (since Monday)",
                [nameof(GapInfo.Priority)] = GapPriority.P3,
                [nameof(GapInfo.PriorityText)] = "P3-low",
                [nameof(GapInfo.Type)] = GapType.Security,
                [nameof(GapInfo.TypeText)] = "Security",
                [nameof(GapInfo.Scope)] = GapScope.CrossCutting,
                [nameof(GapInfo.ScopeText)] = "Cross-cutting",
                [nameof(GapInfo.SystemsAffected)] = "Ledger; Mailer",
                [nameof(GapInfo.Fields)] = "Classification@5=Security | P3-low | Cross-cutting; Status@6=In progress (since Monday); Systems Affected@7=Ledger, Mailer; "
                    + "Use Case@9=Someone uses it.; Proposed Resolution@11=[x@12 First step, -@13 Second step]; Validation Criteria@15=[-@16 It holds]",
                [nameof(GapInfo.SourcePath)] = "docs/trip.md",
                [nameof(GapInfo.Line)] = 3,
                [nameof(GapInfo.Fingerprint)] = GapModel.Generators.Model.GapFingerprint.Of(GapModel.Generators.Parsing.GapDocumentParser.Parse(Document).Gaps.Single()),
                [nameof(GapInfo.UseCase)] = "Someone uses it.",
                [nameof(GapInfo.Description)] = string.Empty,
                [nameof(GapInfo.ProposedResolution)] = "x@12 First step, -@13 Second step",
                [nameof(GapInfo.ValidationCriteria)] = "-@16 It holds",
            };

            // The kinds are distinct numbers too (1, 4, 2, 3), so swapping two classified fields changes them.
            Assert.Equal(4, new[] { (int)gap.Status, (int)gap.Priority, (int)gap.Type, (int)gap.Scope }.Distinct().Count());
            var properties = typeof(GapInfo).GetProperties(BindingFlags.Public | BindingFlags.Instance);
            Assert.Equal(expected.Keys.Order(), properties.Select(p => p.Name).Order());
            Assert.All(properties, p => Assert.Equal(expected[p.Name], Shown(p.GetValue(gap)!)));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Every_classified_field_of_the_table_is_a_GapInfo_property_and_its_text()
    {
        var fields = System.Enum.GetValues<ClassifiedField>();
        Assert.Equal(GapFieldTable.ClassifiedCount, fields.Length);
        foreach (var field in fields)
        {
            var name = GapFieldTable.Name(field).Replace(" ", string.Empty, System.StringComparison.Ordinal);
            Assert.True(typeof(GapInfo).GetProperty(name)?.PropertyType.IsEnum, name);
            Assert.Equal(typeof(string), typeof(GapInfo).GetProperty(name + "Text")?.PropertyType);
        }
    }

    private static object Shown(object value) => value switch
    {
        string text => text,
        IEnumerable<GapField> fields => string.Join("; ", fields.Select(f => f.Name + "@" + f.Line + "=" + (f.Items.Count > 0 ? "[" + Items(f.Items) + "]" : f.Value))),
        IEnumerable<GapChecklistItem> items => Items(items),
        IEnumerable<string> texts => string.Join("; ", texts),
        _ => value,
    };

    private static string Items(IEnumerable<GapChecklistItem> items)
        => string.Join(", ", items.Select(i => (i.IsDone ? "x" : "-") + "@" + i.Line + " " + i.Text));
}
