using System.IO;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>Gap documents in one catalog project, code tagged in another that only references it.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class SharedCatalogTests(PackageFeed feed)
{
    private const string CatalogGaps = """
        # Shared gaps

        ### GAP-AUTH-001: Token refresh
        **Classification:** SECURITY | P1-HIGH | SYSTEM
        **Status:** OPEN

        ### GAP-AUTH-002: Legacy login
        **Classification:** SECURITY | P0-CRITICAL | CROSS-CUTTING
        **Status:** RESOLVED

        """;

    private const string OrdersProgram = """
        using Contoso.Gaps;
        using GapModel;

        Console.WriteLine(GapCatalog.All.Count + " " + GapCatalog.WithStatus(GapStatus.Resolved)[0].Id);

        namespace Orders
        {
            [AddressesGap(Gaps.Auth001)]
            public sealed class TokenRefresher { }

            [AddressesGap("GAP-AUTH-002")]
            public sealed class LegacyLogin { }

            [AddressesGap("GAP-AUTH-404")]
            public sealed class Unknown { }
        }

        """;

    [Fact]
    public void A_project_that_only_references_the_catalog_gets_its_warnings_and_never_a_stale_status()
    {
        var consumer = Consumer.Create(feed, "shared");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelNamespace>Contoso.Gaps</GapModelNamespace><GapModelVisibility>public</GapModelVisibility>",
            extraItems: "<AdditionalFiles Include=\"gaps/*.md\" />"));
        var gapsPath = consumer.Write("Catalog/gaps/shared.md", CatalogGaps);
        consumer.Write("Orders/Orders.csproj", consumer.ProjectXml(extraItems: "<ProjectReference Include=\"../Catalog/Catalog.csproj\" />"));
        consumer.Write("Orders/Program.cs", OrdersProgram);

        var build = consumer.Build("Orders/Orders.csproj");

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.LoadOrCrashErrors);
        Assert.Equal(
            [
                "Orders/Program.cs(11,19): warning GM0002",
                "Orders/Program.cs(14,19): warning GM0001",
            ],
            build.GapModelDiagnostics);
        Assert.Contains(build.Diagnostics, d => d.Id == "GM0002" && d.Message == "Gap 'GAP-AUTH-002' ('Legacy login') is resolved (gaps/shared.md:9); this reference is stale");
        Assert.Equal("2 GAP-AUTH-002", consumer.Run("Orders/Orders.csproj").Output.Trim());

        // The catalog resolves GAP-AUTH-001: Orders hears of it at its next build, from the catalog assembly.
        File.WriteAllText(gapsPath, CatalogGaps.Replace("**Status:** OPEN", "**Status:** RESOLVED"));
        var rebuild = consumer.Build("Orders/Orders.csproj");

        Assert.True(rebuild.Process.ExitCode == 0, rebuild.Process.Output);
        Assert.Equal(
            [
                "Orders/Program.cs(8,19): warning GM0002",
                "Orders/Program.cs(11,19): warning GM0002",
                "Orders/Program.cs(14,19): warning GM0001",
            ],
            rebuild.GapModelDiagnostics);
    }
}
