using System.IO;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>
/// The shapes real solutions take, built through the packed package: broad globs with documents copied to the
/// output, internal catalogs shared with a test project, CLS-compliant libraries, one ID in two folders, and a
/// catalog project that holds only Markdown and configures its rules with a <c>.globalconfig</c>.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ProjectShapeTests(PackageFeed feed)
{
    private const string AuthGaps = """
        # Auth gaps

        ### GAP-AUTH-001: Token refresh
        **Classification:** SECURITY | P1-HIGH | SYSTEM
        **Status:** OPEN

        ### GAP-AUTH-002: Legacy login
        **Classification:** SECURITY | P0-CRITICAL | CROSS-CUTTING
        **Status:** RESOLVED

        """;

    [Fact]
    public void A_glob_over_every_md_file_ignores_the_copies_in_bin_and_the_status_is_never_a_build_behind()
    {
        var consumer = Consumer.Create(feed, "glob");
        consumer.Write("App/App.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraItems: """
                <AdditionalFiles Include="**/*.md" />
                <None Update="gaps/*.md" CopyToOutputDirectory="PreserveNewest" />
                """));
        var gaps = consumer.Write("App/gaps/auth.md", AuthGaps);
        consumer.Write("App/node_modules/some-tool/README.md", "### GAP-AUTH-001: A package's own example\n**Status:** RESOLVED\n");
        consumer.Write("App/Code.cs", """
            namespace App;

            [GapModel.AddressesGap(Gaps.Auth001)]
            public sealed class TokenRefresher { }
            """);

        var first = consumer.Build("App/App.csproj");
        Assert.True(first.Process.ExitCode == 0, first.Process.Output);

        // GapModel declares RootNamespace and ProjectDir for old-style projects; with the SDK's own they appear once.
        var editorConfig = File.ReadAllLines(Path.Combine(consumer.Root, "App/obj/Debug/net10.0/App.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.Single(editorConfig, line => line.StartsWith("build_property.RootNamespace = ", System.StringComparison.Ordinal));
        Assert.Single(editorConfig, line => line.StartsWith("build_property.ProjectDir = ", System.StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(consumer.Root, "App/bin/Debug/net10.0/gaps/auth.md")), "the document is copied to the output");

        // The copy in bin/ now matches **/*.md too: it must not define the gaps a second time (GM1001) or stand in
        // for the real document.
        var second = consumer.Build("App/App.csproj");
        Assert.True(second.Process.ExitCode == 0, second.Process.Output);
        Assert.Empty(second.GapModelDiagnostics);
        Assert.Empty(second.LoadOrCrashErrors);

        File.WriteAllText(gaps, AuthGaps.Replace("**Status:** OPEN", "**Status:** RESOLVED"));
        var third = consumer.Build("App/App.csproj");
        Assert.Equal(["App/Code.cs(3,24): warning GM0002"], third.GapModelDiagnostics);
    }

    [Fact]
    public void A_test_project_that_sees_an_internal_catalog_through_InternalsVisibleTo_gets_the_same_rules_as_with_a_public_one()
    {
        var consumer = Consumer.Create(feed, "ivt");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraItems: """
                <AdditionalFiles Include="gaps/*.md" />
                <InternalsVisibleTo Include="Catalog.Tests" />
                """));
        consumer.Write("Catalog/gaps/auth.md", AuthGaps);
        consumer.Write("Catalog.Tests/Catalog.Tests.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraItems: """<ProjectReference Include="../Catalog/Catalog.csproj" />"""));
        consumer.Write("Catalog.Tests/TokenTests.cs", """
            using GapModel;

            namespace Catalog.Tests;

            public sealed class TokenTests
            {
                [AddressesGap(Catalog.Gaps.Auth001)]
                public void Refreshes() { }

                [AddressesGap(Catalog.Gaps.Auth002)]
                public void LegacyLogin() { }

                [AddressesGap("GAP-AUTH-404")]
                public void Unknown() { }
            }
            """);

        var build = consumer.Build("Catalog.Tests/Catalog.Tests.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.LoadOrCrashErrors);
        Assert.Equal(
            [
                "Catalog.Tests/TokenTests.cs(10,19): warning GM0002",
                "Catalog.Tests/TokenTests.cs(13,19): warning GM0001",
            ],
            build.GapModelDiagnostics);
    }

    [Fact]
    public void A_public_catalog_compiles_warning_free_in_a_CLS_compliant_assembly()
    {
        var consumer = Consumer.Create(feed, "cls");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelVisibility>public</GapModelVisibility><TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>GM1007</WarningsNotAsErrors><GenerateDocumentationFile>true</GenerateDocumentationFile>",
            extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        // GAP-2FA-001 and GAP-GAP-2FA-001 share a simple name, so both take the separated form; one starts with a digit.
        consumer.Write("Catalog/gaps/mixed.md", """
            ### GAP-2FA-001: Second factor
            **Status:** OPEN

            ### GAP-GAP-2FA-001: The gap in the second factor
            **Status:** OPEN

            ### GAP-AUTH-001: Token refresh
            **Status:** OPEN
            """);
        consumer.Write("Catalog/AssemblyInfo.cs", "[assembly: System.CLSCompliant(true)]\n");

        var build = consumer.Build("Catalog/Catalog.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Equal(["Catalog/gaps/mixed.md(1,5): warning GM1007", "Catalog/gaps/mixed.md(4,5): warning GM1007"], build.GapModelDiagnostics);
        Assert.Contains("named 'Gap__2Fa_001' instead", build.Process.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("CS3", System.StringComparison.Ordinal));
        Assert.Empty(build.LoadOrCrashErrors);
    }

    [Fact]
    public void One_id_in_gaps_and_gaps2_takes_the_definition_of_gaps_whatever_the_separator()
    {
        var consumer = Consumer.Create(feed, "folders");
        consumer.Write("App/App.csproj", consumer.ProjectXml(extraItems: """<AdditionalFiles Include="gaps*/*.md" />"""));
        consumer.Write("App/gaps/a.md", "### GAP-SAME-001: From gaps\n**Status:** OPEN\n");
        consumer.Write("App/gaps2/b.md", "### GAP-SAME-001: From gaps2\n**Status:** RESOLVED\n");
        consumer.Write("App/Program.cs", """
            var gap = App.GapCatalog.All[0];
            System.Console.WriteLine(gap.Title + " | " + gap.SourcePath);
            """);

        var build = consumer.Build("App/App.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Equal(["App/gaps2/b.md(1,5): warning GM1001"], build.GapModelDiagnostics);
        Assert.Contains(build.Diagnostics, d => d.Id == "GM1001" && d.Message == "Gap 'GAP-SAME-001' is already defined at gaps/a.md:1; this definition is ignored");
        Assert.Equal("From gaps | gaps/a.md", consumer.Run("App/App.csproj").Output.Trim());
    }

    [Fact]
    public void A_globalconfig_in_the_folder_of_a_catalog_project_without_csharp_files_sets_its_markdown_rules()
    {
        var consumer = Consumer.Create(feed, "globalconfig");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(outputType: "Library", extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        consumer.Write("Catalog/gaps/auth.md", AuthGaps.Replace("**Status:** OPEN", "**Status:** Bogus"));
        consumer.Write("Catalog/.globalconfig", "is_global = true\ndotnet_diagnostic.GM1003.severity = error\n");

        var build = consumer.Build("Catalog/Catalog.csproj");

        Assert.NotEqual(0, build.Process.ExitCode);
        Assert.Equal(["Catalog/gaps/auth.md(5,1): error GM1003"], build.GapModelDiagnostics);
    }
    [Fact]
    public void AddressedBy_lists_every_spelling_of_a_reference_the_analyzer_checks()
    {
        var consumer = Consumer.Create(feed, "spellings");
        consumer.Write("App/App.csproj", consumer.ProjectXml(extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        consumer.Write("App/gaps/auth.md", AuthGaps);
        consumer.Write("App/Usings.cs", "global using static App.Gaps;\n");
        consumer.Write("App/Program.cs", """
            using GapModel;
            using G = App.Gaps;

            foreach (var symbol in App.GapCatalog.AddressedBy("GAP-AUTH-001")) System.Console.WriteLine(symbol);

            namespace App
            {
                public static class Mine { public const string Token = Gaps.Auth001; }

                public sealed class Spellings
                {
                    [AddressesGap(Gaps.Auth001)] public void Qualified() { }
                    [AddressesGap(global::App.Gaps.Auth001)] public void Global() { }
                    [AddressesGap(G.Auth001)] public void Alias() { }
                    [AddressesGap(Auth001)] public void UsingStatic() { }
                    [AddressesGap(Mine.Token)] public void OwnConstant() { }
                    [AddressesGap("GAP-AUTH-001")] public void Literal() { }
                    [field: AddressesGap(Auth001)] public int Backed { get; set; }
                }

                public record Pinned([property: AddressesGap(G.Auth001)] string Value);
            }
            """);

        var build = consumer.Build("App/App.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.GapModelDiagnostics);
        Assert.Equal(
            [
                "App.Pinned.Value",
                "App.Spellings.Alias()",
                "App.Spellings.Backed backing field",
                "App.Spellings.Global()",
                "App.Spellings.Literal()",
                "App.Spellings.OwnConstant()",
                "App.Spellings.Qualified()",
                "App.Spellings.UsingStatic()",
            ],
            consumer.Run("App/App.csproj").Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries));
    }
}
