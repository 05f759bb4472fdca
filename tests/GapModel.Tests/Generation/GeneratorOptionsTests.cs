using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static GapModel.Tests.Generation.GeneratorHarness;

namespace GapModel.Tests.Generation;

/// <summary>The MSBuild properties of docs/configuration.md, and what a bad value does.</summary>
public sealed class GeneratorOptionsTests
{
    private static readonly AdditionalText Document = Gaps("gaps/team.md", "### GAP-TEAM-001: First\n**Status:** OPEN\n");

    [Fact]
    public void By_default_the_classes_are_internal_in_the_root_namespace()
    {
        var (result, output) = Run([Document]);

        Assert.Contains("namespace App\n{\n    /// <summary>The IDs", Source(result, "Gaps.g.cs"));
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("App.Gaps")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("App.GapCatalog")!.DeclaredAccessibility);
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName == "GapDefinitions.g.cs");
    }

    [Fact]
    public void GapModelNamespace_and_public_visibility_make_a_shared_catalog()
    {
        var (result, output) = Run([Document], With(("GapModelNamespace", "Company.Catalog"), ("GapModelVisibility", "Public")));

        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("Company.Catalog.Gaps")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("Company.Catalog.GapCatalog")!.DeclaredAccessibility);
        Assert.Contains("28:Company.Catalog.Gaps.Team001", Source(result, "GapDefinitions.g.cs"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_catalog_can_be_turned_off_keeping_the_constants()
    {
        var (result, output) = Run([Document], With(("GapModelGenerateCatalog", "false")), "[GapModel.AddressesGap(App.Gaps.Team001)] class C { }");

        // The links stay recorded for projects that reference this one (coverage), catalog or not.
        Assert.Equal(["GapLinks.g.cs", "Gaps.g.cs"], result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(System.StringComparer.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_project_without_gap_documents_gets_no_generated_classes()
    {
        var (result, _) = Run([Gaps("appsettings.json", "{}")], null, "[GapModel.AddressesGap(\"GAP-ELSEWHERE-001\")] class C { }");

        // Only the record of its links, an assembly attribute, for the coverage rules of projects that reference it.
        var generated = Assert.Single(result.Results.Single().GeneratedSources);
        Assert.Equal("GapLinks.g.cs", generated.HintName);
        Assert.Contains("[assembly: global::GapModel.GapLinks(\"A\\tGAP-ELSEWHERE-001\\tC\\t", generated.SourceText.ToString());
    }

    [Fact]
    public void Item_metadata_GapModel_false_leaves_a_document_out()
    {
        var (_, output) = Run([Document, Gaps("notes/excluded.md", "### GAP-EXCLUDED-001: Not a gap document\n")]);

        var constants = output.GetTypeByMetadataName("App.Gaps")!.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name);
        Assert.Equal(["Team001"], constants);
    }

    [Theory]
    [InlineData("GapModelVisibility", "protected", "The MSBuild property 'GapModelVisibility' has the value 'protected', which is not valid: expected 'internal' or 'public'; 'internal' is used")]
    [InlineData("GapModelGenerateCatalog", "nope", "The MSBuild property 'GapModelGenerateCatalog' has the value 'nope', which is not valid: expected 'true' or 'false'; 'true' is used")]
    [InlineData("GapModelCoverage", "P0,P9,Open", "The MSBuild property 'GapModelCoverage' has the value 'P0,P9,Open', which is not valid: 'P9' is not a coverage token (P0, P1, P2, P3, Open or InProgress); it is left out")]
    [InlineData("GapModelNamespace", "My Company.1st", "The MSBuild property 'GapModelNamespace' has the value 'My Company.1st', which is not valid: it is not a C# namespace name; the root namespace 'App' is used")]
    public void A_bad_option_value_is_reported_and_the_default_used(string property, string value, string message)
    {
        var (result, output) = Run([Document], With((property, value)));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GM2001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(output.GetTypeByMetadataName("App.GapCatalog"));
    }

    [Fact]
    public void Paths_are_reported_relative_to_the_project_even_outside_it()
    {
        var (_, output) = Run([new InMemoryText("/src/Shared/gaps/common.md", "### GAP-SHARED-001: Shared\n")], null);

        var remarks = output.GetTypeByMetadataName("App.Gaps")!.GetMembers("Shared001").Single().GetDocumentationCommentXml();
        Assert.Contains("Defined in ../Shared/gaps/common.md, line 1.", remarks);
    }
}
