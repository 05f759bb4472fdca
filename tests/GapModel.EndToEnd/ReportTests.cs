using System.IO;
using System.Linq;
using System.Text.Json;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>The traceability report of a test project that references a catalog and an app, through the packed package.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReportTests(PackageFeed feed)
{
    private const string CatalogGaps = """
        # Platform gaps

        ### GAP-AUTH-001: Token refresh
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** OPEN
        **Validation Criteria:**
        - [ ] Refresh happens before expiry
        - [ ] No request fails with 401

        ### GAP-AUTH-002: Legacy login <form>
        **Classification:** SECURITY | P1-HIGH | SYSTEM
        **Status:** IN_PROGRESS

        ### GAP-AUTH-003: Session fixation
        **Classification:** SECURITY | P0-CRITICAL | SYSTEM
        **Status:** RESOLVED
        **Validation Criteria:**
        - [x] A new session ID after sign-in

        """;

    [Fact]
    public void The_report_lists_every_gap_the_tests_project_sees_with_the_apps_symbols_and_the_tests_methods()
    {
        var consumer = Consumer.Create(feed, "report");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelNamespace>Platform</GapModelNamespace><GapModelVisibility>public</GapModelVisibility>",
            extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        consumer.Write("Catalog/gaps/auth.md", CatalogGaps);
        consumer.Write("App/App.csproj", consumer.ProjectXml(outputType: "Library", extraItems: """<ProjectReference Include="../Catalog/Catalog.csproj" />"""));
        consumer.Write("App/TokenRefresher.cs", """
            using GapModel;

            namespace App;

            [AddressesGap(Platform.Gaps.Auth001, Reviewed = "00000000")]
            internal sealed class TokenRefresher
            {
                [AddressesGap(Platform.Gaps.Auth002)]
                private void Legacy() { }
            }
            """);
        consumer.Write("App.Tests/App.Tests.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelReport>json,HTML</GapModelReport>",
            extraItems: """
                <ProjectReference Include="../Catalog/Catalog.csproj" />
                <ProjectReference Include="../App/App.csproj" />
                """));
        consumer.Write("App.Tests/TokenTests.cs", """
            using GapModel;

            namespace App.Tests;

            public sealed class TokenTests
            {
                [ValidatesGap(Platform.Gaps.Auth001, 2)]
                private void NoRequestFails() { }
            }
            """);

        var build = consumer.Build("App.Tests/App.Tests.csproj");
        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.LoadOrCrashErrors);

        var folder = Path.Combine(consumer.Root, "App.Tests/bin/Debug/net10.0/gapmodel");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("App.Tests", root.GetProperty("project").GetString());
        Assert.Equal(3, root.GetProperty("summary").GetProperty("gaps").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("suspectReferences").GetInt32());

        var gaps = root.GetProperty("gaps").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!);
        Assert.Equal(["GAP-AUTH-001", "GAP-AUTH-002", "GAP-AUTH-003"], gaps.Keys);
        var auth001 = gaps["GAP-AUTH-001"];
        Assert.Equal("Catalog", auth001.GetProperty("source").GetProperty("project").GetString());
        Assert.Equal("gaps/auth.md", auth001.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(3, auth001.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Matches("^[0-9a-f]{8}$", auth001.GetProperty("fingerprint").GetString());

        // The app's internal class addresses it, pinned at a fingerprint that is not the current one: suspect.
        var addressed = Assert.Single(auth001.GetProperty("addressedBy").EnumerateArray());
        Assert.Equal("App.TokenRefresher", addressed.GetProperty("symbol").GetString());
        Assert.Equal("App", addressed.GetProperty("project").GetString());
        Assert.Equal("TokenRefresher.cs", addressed.GetProperty("path").GetString());
        Assert.Equal(5, addressed.GetProperty("line").GetInt32());
        Assert.Equal("00000000", addressed.GetProperty("reviewed").GetString());
        Assert.True(addressed.GetProperty("suspect").GetBoolean());

        // The tests' private method validates criterion 2; criterion 1 has no test.
        var criteria = auth001.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Empty(criteria[0].GetProperty("validatedBy").EnumerateArray());
        var validating = Assert.Single(criteria[1].GetProperty("validatedBy").EnumerateArray());
        Assert.Equal("App.Tests.TokenTests.NoRequestFails()", validating.GetProperty("symbol").GetString());
        Assert.Equal(JsonValueKind.Null, validating.GetProperty("reviewed").ValueKind);

        Assert.Equal("App.TokenRefresher.Legacy()", Assert.Single(gaps["GAP-AUTH-002"].GetProperty("addressedBy").EnumerateArray()).GetProperty("symbol").GetString());
        Assert.False(gaps["GAP-AUTH-003"].GetProperty("uncovered").GetBoolean());

        // Self-contained: nothing fetched, no script, links relative to the page; text escaped.
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("Legacy login &lt;form&gt;", html);
        Assert.Contains("href=\"../../../../../Catalog/gaps/auth.md#L3\"", html);
        Assert.True(html.IndexOf("Uncovered gaps", System.StringComparison.Ordinal) < html.IndexOf("<h2>Gaps</h2>", System.StringComparison.Ordinal));

        // Only a project that sets GapModelReport writes one.
        Assert.False(Directory.Exists(Path.Combine(consumer.Root, "App/bin/Debug/net10.0/gapmodel")));
    }

    [Theory]
    [InlineData("-p:GapModelReport=json%3Bhtml")]
    [InlineData("-p:GapModelReport=\"json;html\"")]
    public void Both_ways_of_writing_two_formats_on_the_command_line_work(string property)
    {
        var consumer = Consumer.Create(feed, "report-cli");
        consumer.Write("App/App.csproj", consumer.ProjectXml(outputType: "Library", extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        consumer.Write("App/gaps/auth.md", CatalogGaps);

        var build = consumer.Build("App/App.csproj", property);

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        var folder = Path.Combine(consumer.Root, "App/bin/Debug/net10.0/gapmodel");
        Assert.True(File.Exists(Path.Combine(folder, "report.json")), build.Process.Output);
        Assert.True(File.Exists(Path.Combine(folder, "report.html")), build.Process.Output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        Assert.Equal(3, report.RootElement.GetProperty("gaps").GetArrayLength());
    }
}
