using System;
using System.Linq;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>
/// Issue #15 through the packed package: a remediation plan written in every shape GapModel reads is read as a person
/// reads it, and a team's status words and ID prefixes, set as MSBuild properties with ';' lists, reach the generator
/// and the analyzers.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class DocumentShapeTests(PackageFeed feed)
{
    private const string Plan = """
        # Remediation plan

        ### GAP-001: Password Reset Without Rate Limit
        **Status:** Open
        **Priority:** P1
        **Systems Affected:** Identity Service, API Gateway

        ### GAP-002 — Admin Portal Without MFA
        - **Status:** closed
        - **Priority:** High
        - **Systems Affected:** Admin Portal

        ### GAP-D00-01 – Attribute Classification
        **Status**: WIP
        **Priority**: (P2)
        **Systems Affected**: Data Catalog

        ## GAP-PLAT-010 - Blue/Green Deployments
        - **Status:** Shipped (v2.3)
        - **Priority:** Low
        - **Systems Affected:** CI, Kubernetes

        **GAP-INT-002 — Webhooks Are Not Signed**
        - **Status:** ✅ Done (2026-10-01)
        - **Priority:** Critical
        - **Systems Affected:** Webhooks

        **RISK-AUTH-001: Weak Passwords**
        **Status:** Accepted <br>
        **Owner:** <br>
        **Priority:** P0-CRITICAL <br>
        **Systems Affected:** Identity Service <br>

        ## Related work

        | ID | Title |
        |---|---|
        | GAP-900: in a table | x |

        As noted in GAP-901: prose mentions it.

        - GAP-902 — a list item
        - **GAP-903: bold in a list**

        `GAP-904: inline code`

        [GAP-905: link text](https://example.com)

        ```markdown
        ### GAP-906: A template, not a gap
        ```

        ### GAP-907 use cases

        """;

    private const string Program = """
        using GapModel;
        using Consumer;

        foreach (var gap in GapCatalog.All) Console.WriteLine($"{gap.Id}|{gap.Status}|{gap.Priority}|{gap.Title}|{string.Join(",", gap.SystemsAffected)}");
        Console.WriteLine(Gaps.Auth001 + " " + Gaps.D0001 + " " + Gaps.Gap002);

        namespace Consumer
        {
            [AddressesGap("RISK-AUTH-001")]
            public sealed class Passwords
            {
                [AddressesGap(Gaps.Plat010)]
                public void Deploy() { }

                [AddressesGap(Gaps.Gap001)]
                public void Reset() { }
            }
        }

        """;

    [Fact]
    public void A_plan_in_every_shape_reads_as_a_person_reads_it_with_the_teams_words_and_prefixes()
    {
        var consumer = Consumer.Create(feed, "shapes");
        consumer.Write("app/app.csproj", consumer.ProjectXml(
            extraProperties: """
                <RootNamespace>Consumer</RootNamespace>
                <GapModelIdPrefixes>GAP;RISK</GapModelIdPrefixes>
                <GapModelStatusResolved>Shipped;Accepted</GapModelStatusResolved>
                """,
            extraItems: """<AdditionalFiles Include="gaps/*.md" />"""));
        consumer.Write("app/Program.cs", Program);
        consumer.Write("app/gaps/plan.md", Plan);

        var build = consumer.Build("app/app.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.LoadOrCrashErrors);
        // Both resolved through the team's words (Accepted, Shipped), RISK-AUTH-001 an ID through the prefixes: the
        // analyzers saw the whole ';' lists. No GM1003 for closed, WIP, Shipped, Done or Accepted.
        Assert.Equal(
            [
                "app/Program.cs(9,19): warning GM0002",
                "app/Program.cs(12,23): warning GM0002",
            ],
            build.GapModelDiagnostics.Where(d => d.Contains(": warning ", StringComparison.Ordinal)));

        var run = consumer.Run("app/app.csproj");

        Assert.Equal(
            """
            GAP-001|Open|P1|Password Reset Without Rate Limit|Identity Service,API Gateway
            GAP-002|Resolved|P1|Admin Portal Without MFA|Admin Portal
            GAP-D00-01|InProgress|P2|Attribute Classification|Data Catalog
            GAP-PLAT-010|Resolved|P3|Blue/Green Deployments|CI,Kubernetes
            GAP-INT-002|Resolved|P0|Webhooks Are Not Signed|Webhooks
            RISK-AUTH-001|Resolved|P0|Weak Passwords|Identity Service
            RISK-AUTH-001 GAP-D00-01 GAP-002

            """.ReplaceLineEndings(),
            run.Output.ReplaceLineEndings());
    }
}
