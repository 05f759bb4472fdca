using System;
using System.IO;
using System.Linq;
using System.Reflection;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Diagnostics;

/// <summary>Every rule has one ID, one descriptor, a tracked release entry and a help page that exists.</summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly string Root = Infrastructure.RepositoryRoot.Path;

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Fact]
    public void Every_id_constant_has_exactly_one_descriptor()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).OrderBy(id => id).ToList();

        Assert.Equal(ids, DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_opens_the_rule_page_in_docs(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);

        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        var page = Path.Combine(Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page + " is missing");
        Assert.StartsWith("# " + id + ": ", File.ReadAllText(page));
        Assert.Contains("(diagnostics/" + id + ".md)", File.ReadAllText(Path.Combine(Root, "docs", "README.md")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_rule_with_its_category_and_default_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var tracked = File.ReadAllLines(Path.Combine(Root, "src", "GapModel.Generators", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(Root, "src", "GapModel.Generators", "AnalyzerReleases.Shipped.md")))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Single(cells => cells[0] == id);

        Assert.Equal(descriptor.Category, tracked[1]);
        Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled", tracked[2]);
    }
}
