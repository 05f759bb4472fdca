using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>Gaps of a shared catalog project, read from the <c>[assembly: GapDefinition]</c> of a referenced assembly.</summary>
public sealed class ReferencedCatalogTests
{
    /// <summary>What the generator of a catalog project with GapModelVisibility=public emits, compiled here.</summary>
    internal const string CatalogSource = """
        using GapModel;

        [assembly: GapDefinition("GAP-SHARED-001", "Shared token store", GapStatus.Open, "docs/shared.md", 3, StatusLine = 4, Constant = "Catalog.Gaps.Shared001")]
        [assembly: GapDefinition("GAP-SHARED-002", "Shared audit log", GapStatus.Resolved, "docs/shared.md", 7, StatusLine = 9, Constant = "Catalog.Gaps.Shared002")]
        [assembly: GapDefinition("GAP-SHARED-003", "Shared rate limits", GapStatus.InProgress, "docs/shared.md", 12)]
        [assembly: GapDefinition("GAP-AUTH-002", "Catalog's view of legacy login", GapStatus.Open, "docs/shared.md", 20, StatusLine = 21)]
        [assembly: GapDefinition("GAP-AUTH-001", "Catalog's view of token refresh", GapStatus.Resolved, "docs/shared.md", 25, StatusLine = 26)]
        [assembly: GapDefinition("GAP-HIDDEN-001", "Internal constant", GapStatus.Open, "docs/shared.md", 30, Constant = "Catalog.InternalGaps.Hidden001")]

        namespace Catalog
        {
            public static class Gaps
            {
                public const string Shared001 = "GAP-SHARED-001";
                public const string Shared002 = "GAP-SHARED-002";
            }

            internal static class InternalGaps
            {
                public const string Hidden001 = "GAP-HIDDEN-001";
            }
        }
        """;

    internal static readonly MetadataReference Catalog = Build("Catalog", CatalogSource, AnalyzerTestHarness.GapModelReference);

    internal static MetadataReference Build(string name, string source, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net80.References.All.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static AnalyzerTest Test(string source, params string[] config)
    {
        var test = new AnalyzerTest(source, globalConfig: AnalyzerTestHarness.GlobalConfig("App", config));
        test.TestState.AdditionalReferences.Add(Catalog);
        return test;
    }

    [Fact]
    public async Task A_resolved_gap_of_the_catalog_is_reported_at_the_catalogs_status_line()
    {
        var test = Test("""
            [GapModel.AddressesGap("GAP-SHARED-001")]
            [GapModel.AddressesGap({|#0:"GAP-SHARED-002"|})]
            class C { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0)
            .WithMessage("Gap 'GAP-SHARED-002' ('Shared audit log') is resolved (docs/shared.md:9); this reference is stale"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_entry_line_stands_in_when_the_catalog_has_no_status_line()
    {
        var test = Test(
            """[GapModel.AddressesGap({|#0:"GAP-SHARED-003"|})] class C { }""",
            "dotnet_diagnostic.GM0005.severity = suggestion");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.GapInProgress).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments("GAP-SHARED-003", "Shared rate limits"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Local_documents_win_over_the_catalog()
    {
        // Locally GAP-AUTH-001 is open and GAP-AUTH-002 resolved; the catalog says the opposite.
        var test = Test("""
            [GapModel.AddressesGap("GAP-AUTH-001")]
            [GapModel.AddressesGap({|#0:"GAP-AUTH-002"|})]
            class C { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0)
            .WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_catalogs_public_constant_is_offered_and_an_inaccessible_one_is_not()
    {
        var test = Test(
            """
            [GapModel.AddressesGap({|#0:"GAP-SHARED-001"|})]
            [GapModel.AddressesGap("GAP-HIDDEN-001")]
            class C { }
            """,
            "dotnet_diagnostic.GM0004.severity = suggestion");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UseGeneratedConstant).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Info).WithArguments("GAP-SHARED-001", "Gaps.Shared001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Catalog_ids_are_suggested()
    {
        var test = Test("""[GapModel.AddressesGap({|#0:"GAP-SHARD-001"|})] class C { }""");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0)
            .WithArguments("GAP-SHARD-001", "; did you mean 'GAP-SHARED-001'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_assembly_that_does_not_reference_GapModel_is_not_read()
    {
        // Its own look-alike attribute type: the analyzer skips the assembly without reading its attributes.
        var impostor = Build("Impostor", """
            [assembly: GapModel.GapDefinition("GAP-IMPOSTOR-001", "Not a catalog", 0, "x.md", 1)]
            namespace GapModel
            {
                [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)]
                public sealed class GapDefinitionAttribute : System.Attribute
                {
                    public GapDefinitionAttribute(string id, string title, int status, string sourcePath, int line) { }
                }
            }
            """);
        var test = new AnalyzerTest("""[GapModel.AddressesGap({|#0:"GAP-IMPOSTOR-001"|})] class C { }""");
        test.TestState.AdditionalReferences.Add(impostor);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0)
            .WithArguments("GAP-IMPOSTOR-001", string.Empty));
        await test.RunAsync();
    }
    /// <summary>What the generator emits for a catalog project with internal constants (the default visibility).</summary>
    private static string InternalCatalogSource(string name, string internalsVisibleTo) => $$"""
        using GapModel;

        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("{{internalsVisibleTo}}")]
        [assembly: GapDefinition("GAP-INNER-001", "Inner token store", GapStatus.Open, "docs/inner.md", 3, StatusLine = 4, Constant = "{{name}}.Gaps.Inner001")]
        [assembly: GapDefinition("GAP-INNER-002", "Inner audit log", GapStatus.Resolved, "docs/inner.md", 7, StatusLine = 8, Constant = "{{name}}.Gaps.Inner002")]

        namespace {{name}}
        {
            internal static class Gaps
            {
                public const string Inner001 = "GAP-INNER-001";
                public const string Inner002 = "GAP-INNER-002";
            }
        }
        """;

    [Fact]
    public async Task An_internal_catalog_seen_through_InternalsVisibleTo_counts_like_a_public_one()
    {
        // The test project's assembly is "TestProject": it may use Inner.Gaps.Inner001, so the IDs are known.
        var test = new AnalyzerTest("""
            [GapModel.AddressesGap(Inner.Gaps.Inner001)]
            [GapModel.AddressesGap({|#0:Inner.Gaps.Inner002|})]
            class C { }
            """);
        test.TestState.AdditionalReferences.Add(Build("Inner", InternalCatalogSource("Inner", "TestProject"), AnalyzerTestHarness.GapModelReference));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(0)
            .WithArguments("GAP-INNER-002", "Inner audit log", "docs/inner.md:8"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_internal_catalog_this_project_cannot_see_defines_nothing_here()
    {
        var test = new AnalyzerTest("""[GapModel.AddressesGap({|#0:"GAP-INNER-001"|})] class C { }""");
        test.TestState.AdditionalReferences.Add(Build("Inner", InternalCatalogSource("Inner", "SomeOtherProject"), AnalyzerTestHarness.GapModelReference));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0)
            .WithArguments("GAP-INNER-001", string.Empty));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_id_two_referenced_catalogs_define_is_GM0009_naming_both()
    {
        static MetadataReference TwiceCatalog(string name, string title) => Build(name, $$"""
            [assembly: GapModel.GapDefinition("GAP-TWICE-001", "{{title}}", GapModel.GapStatus.Open, "docs/gaps.md", 3, Constant = "{{name}}.Gaps.Twice001")]
            namespace {{name}} { public static class Gaps { public const string Twice001 = "GAP-TWICE-001"; } }
            """, AnalyzerTestHarness.GapModelReference);

        var test = new AnalyzerTest("""
            [GapModel.AddressesGap({|#0:"GAP-TWICE-001"|})]
            [GapModel.AddressesGap("GAP-SHARED-001")]
            class C { }
            """);
        test.TestState.AdditionalReferences.Add(TwiceCatalog("First", "One view"));
        test.TestState.AdditionalReferences.Add(TwiceCatalog("Second", "Another view"));
        test.TestState.AdditionalReferences.Add(Catalog);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AmbiguousGap).WithLocation(0)
            .WithMessage("Gap 'GAP-TWICE-001' is defined by two referenced catalogs, 'First' and 'Second'; the definition of 'First' is used"));
        await test.RunAsync();
    }

    [Fact]
    public void A_cancelled_read_of_the_referenced_catalogs_does_not_poison_later_lookups()
    {
        // The analyzer reads referenced catalogs on first need. A read cancelled by one action (the IDE cancels
        // freely) must not be what every later action of the same compilation sees: that was AD0001.
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("class C { }")],
            Basic.Reference.Assemblies.Net80.References.All.Concat([AnalyzerTestHarness.GapModelReference, Catalog]),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]);
        var known = new GapModel.Generators.Analysis.KnownGaps(compilation, GapModel.Generators.Analysis.LocalGaps.Read(options, default), null);

        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => known.TryGet("GAP-SHARED-001", cancelled.Token, out _));

        Assert.True(known.TryGet("GAP-SHARED-001", default, out var gap));
        Assert.Equal("Shared token store", gap.Title);
    }
}
