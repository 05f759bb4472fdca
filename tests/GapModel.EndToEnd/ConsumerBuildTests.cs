using System.IO;
using System.Linq;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>A project that references the packed GapModel package, built and run with the real CLI.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ConsumerBuildTests(PackageFeed feed)
{
    private const string TeamGaps = """
        # Team gaps

        ### GAP-CACHE-001: Cache invalidation across nodes
        **Classification:** PERFORMANCE | P1-HIGH | SYSTEM
        **Systems Affected:** Cache, Messaging
        **Status:** OPEN

        ### GAP-CACHE-002: "Warm start" for the <T> cache
        **Classification:** PERFORMANCE | P2-MEDIUM | ISOLATED
        **Systems Affected:** Cache
        **Status:** resolved

        ### GAP-CACHE-003: Eviction metrics
        **Classification:** TESTING | P3-LOW | ISOLATED
        **Status:** Parked (see Q3 plan)

        ```markdown
        ### GAP-CACHE-999: A template, not a gap
        ```

        """;

    private const string Program = """
        using GapModel;
        using Consumer;

        Console.WriteLine(GapCatalog.All.Count);
        foreach (var gap in GapCatalog.All.Where(g => g.SourcePath == "gaps/team.md")) Console.WriteLine($"{gap.Id}|{gap.Status}|{gap.Priority}|{gap.Title}|{gap.SourcePath}:{gap.Line}");
        Console.WriteLine(GapCatalog.TryGet("GAP-CACHE-999", out _) + " " + GapCatalog.TryGet("GAP-EXCLUDED-001", out _));
        Console.WriteLine(Gaps.Cache002 + " " + Gaps.Sovereignty011 + " " + Gaps.SelfMod001);

        namespace Consumer
        {
            [AddressesGap(Gaps.Cache001)]
            public sealed class Invalidator
            {
                [AddressesGap("GAP-CACHE-002")]
                public void WarmStart() { }

                [AddressesGap("GAP-CACHE-404")]
                public void Missing() { }
            }
        }

        """;

    [Fact]
    public void Build_reports_stale_references_and_markdown_problems_at_their_lines_and_the_catalog_runs()
    {
        var consumer = Consumer.Create(feed, "consumer");
        consumer.Write("app/app.csproj", consumer.ProjectXml(extraProperties: "<RootNamespace>Consumer</RootNamespace>", extraItems: """
            <AdditionalFiles Include="gaps/*.md" />
            <AdditionalFiles Include="../docs/*.md" />
            <AdditionalFiles Include="notes/excluded.md" GapModel="false" />
            """));
        consumer.Write("app/Program.cs", Program);
        consumer.Write("app/gaps/team.md", TeamGaps);
        consumer.Write("app/notes/excluded.md", "### GAP-EXCLUDED-001: Left out by item metadata\n**Status:** RESOLVED\n");
        File.Copy(Path.Combine(Repository.Root, "tests", "GapModel.Tests", "Fixtures", "phase2-gap-analysis.md"), Path.Combine(consumer.Write("docs/.keep", string.Empty), "..", "phase2-gap-analysis.md"));

        var build = consumer.Build("app/app.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.LoadOrCrashErrors);
        Assert.Equal(
            [
                "app/Program.cs(14,23): warning GM0002",
                "app/Program.cs(17,23): warning GM0001",
                "app/gaps/team.md(15,1): warning GM1003",
            ],
            build.GapModelDiagnostics);
        var stale = build.Diagnostics.Single(d => d.Id == "GM0002");
        Assert.Equal("Gap 'GAP-CACHE-002' ('\"Warm start\" for the <T> cache') is resolved (gaps/team.md:11); this reference is stale", stale.Message);

        var run = consumer.Run("app/app.csproj");

        Assert.Equal(
            """
            32
            GAP-CACHE-001|Open|P1|Cache invalidation across nodes|gaps/team.md:3
            GAP-CACHE-002|Resolved|P2|"Warm start" for the <T> cache|gaps/team.md:8
            GAP-CACHE-003|Open|P3|Eviction metrics|gaps/team.md:13
            False False
            GAP-CACHE-002 GAP-SOVEREIGNTY-011 GAP-SELF-MOD-001

            """.ReplaceLineEndings(),
            run.Output.ReplaceLineEndings());
    }
}
