using System.IO;
using System.Linq;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>
/// Suspect references, criteria bound to tests and coverage through the packed package, in the solution shape they are
/// for: a public catalog project, an app that addresses its gaps, and a test project that references both.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class TraceabilityTests(PackageFeed feed)
{
    private const string CatalogGaps = """
        # Platform gaps

        ### GAP-AUTH-001: Token refresh
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** OPEN
        **Validation Criteria:**
        - [ ] Refresh happens before expiry

        ### GAP-AUTH-002: Legacy login
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** OPEN

        ### GAP-AUTH-003: Session fixation
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** RESOLVED
        **Validation Criteria:**
        - [x] A new session ID after sign-in
        - [x] The old ID is rejected
        - [x] Even from another device

        ### GAP-AUTH-004: Audit trail
        **Classification:** TESTING | P3-LOW | ISOLATED
        **Status:** OPEN

        """;

    [Fact]
    public void Pins_go_suspect_when_the_catalog_changes_criteria_are_checked_and_coverage_is_reported_in_the_catalogs_document()
    {
        var consumer = Consumer.Create(feed, "trace");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelNamespace>Platform</GapModelNamespace><GapModelVisibility>public</GapModelVisibility>",
            extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        var gaps = consumer.Write("Catalog/gaps/auth.md", CatalogGaps);

        // The app pins GAP-AUTH-001 at its fingerprint as the catalog has it now: as a user reads it in the constant's docs.
        var catalogBuild = consumer.Build("Catalog/Catalog.csproj", "-p:EmitCompilerGeneratedFiles=true");
        Assert.True(catalogBuild.Process.ExitCode == 0, catalogBuild.Process.Output);
        var generated = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(consumer.Root, "Catalog", "obj"), "Gaps.g.cs", SearchOption.AllDirectories).Single());
        var fingerprint = System.Text.RegularExpressions.Regex.Match(generated, @"GAP-AUTH-001: Token refresh</summary>\s*/// <remarks>.*?Fingerprint: ([0-9a-f]{8})\.").Groups[1].Value;
        Assert.Matches("^[0-9a-f]{8}$", fingerprint);

        consumer.Write("App/App.csproj", consumer.ProjectXml(outputType: "Library", extraItems: """<ProjectReference Include="../Catalog/Catalog.csproj" />"""));
        consumer.Write("App/TokenRefresher.cs", $$"""
            using GapModel;

            namespace App;

            [AddressesGap(Platform.Gaps.Auth001, Reviewed = "{{fingerprint}}")]
            public sealed class TokenRefresher { }
            """);
        consumer.Write("App.Tests/App.Tests.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelCoverage>P0</GapModelCoverage>",
            extraItems: """
                <ProjectReference Include="../Catalog/Catalog.csproj" />
                <ProjectReference Include="../App/App.csproj" />
                """));
        consumer.Write("App.Tests/SessionTests.cs", """
            using GapModel;

            namespace App.Tests;

            public sealed class SessionTests
            {
                [ValidatesGap(Platform.Gaps.Auth003, 1)]
                [ValidatesGap(Platform.Gaps.Auth003, 2)]
                private void NewIdAfterSignIn() { }

                [ValidatesGap(Platform.Gaps.Auth001, 2)]
                public void RefreshBeforeExpiry() { }
            }
            """);

        var first = consumer.Build("App.Tests/App.Tests.csproj");
        Assert.True(first.Process.ExitCode == 0, first.Process.Output);
        Assert.Empty(first.LoadOrCrashErrors);
        Assert.Equal(
            [
                "App.Tests/SessionTests.cs(11,42): warning GM0008",
                "Catalog/gaps/auth.md(9,1): warning GM1008",
                "Catalog/gaps/auth.md(13,1): warning GM1009",
            ],
            first.GapModelDiagnostics);
        Assert.Contains(first.Diagnostics, d => d.Id == "GM0008" && d.Message == "Gap 'GAP-AUTH-001' has 1 validation criteria; there is no criterion 2");
        Assert.Contains(first.Diagnostics, d => d.Id == "GM1009" && d.Message.EndsWith("covers its validation criteria 3", System.StringComparison.Ordinal));

        // The catalog rewords GAP-AUTH-001: the app's pin is suspect at its next build, from the catalog assembly.
        File.WriteAllText(gaps, CatalogGaps.Replace("### GAP-AUTH-001: Token refresh", "### GAP-AUTH-001: Token refresh and revocation"));
        var second = consumer.Build("App/App.csproj");
        Assert.True(second.Process.ExitCode == 0, second.Process.Output);
        var suspect = Assert.Single(second.Diagnostics, d => d.Id == "GM0006");
        Assert.Equal("App/TokenRefresher.cs", suspect.File);
        Assert.StartsWith("Gap 'GAP-AUTH-001' changed since it was reviewed (reviewed " + fingerprint + ", now ", suspect.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("; gaps/auth.md:3)", suspect.Message, System.StringComparison.Ordinal);
    }
}
