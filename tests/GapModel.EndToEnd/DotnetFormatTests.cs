using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary><c>dotnet format</c> applies GapModel's code fixes to a project that consumes the package.</summary>
/// <remarks>
/// The pins the tests write are computed here from docs/format.md ("Fingerprints"), independently of the product:
/// the fingerprints are a compatibility promise.
/// </remarks>
[Collection(PackageFeedCollection.Name)]
public sealed class DotnetFormatTests(PackageFeed feed)
{
    private const string Gaps = """
        ### GAP-AUTH-001: Token refresh
        **Status:** OPEN

        ### GAP-AUTH-002: Legacy login
        **Status:** RESOLVED

        """;

    // GM0001 above GM0002 in one file: the order that trips Fix All when equivalence keys differ.
    private const string Before = """
        using System;
        using GapModel;

        namespace Shop;

        [AddressesGap("GAP-AUTH-01")]
        public sealed class TokenRefresher { }

        [Serializable, AddressesGap("GAP-AUTH-002")]
        public sealed class LegacyLogin { }

        /// <summary>Still addresses an open gap.</summary>
        [AddressesGap(Gaps.Auth001)]
        public sealed class Session
        {
            // The old login path.
            [AddressesGap("GAP-AUTH-002")]
            public void SignIn() { }
        }

        """;

    private const string After = """
        using System;
        using GapModel;

        namespace Shop;

        [AddressesGap("GAP-AUTH-001")]
        public sealed class TokenRefresher { }

        [Serializable]
        public sealed class LegacyLogin { }

        /// <summary>Still addresses an open gap.</summary>
        [AddressesGap(Gaps.Auth001)]
        public sealed class Session
        {
            // The old login path.
            public void SignIn() { }
        }

        """;

    [Fact]
    public void Format_fixes_the_typo_removes_stale_attributes_and_leaves_valid_references_alone()
    {
        var consumer = Consumer.Create(feed, "format");
        consumer.Write("Shop/Shop.csproj", consumer.ProjectXml(outputType: "Library", extraProperties: "<RootNamespace>Shop</RootNamespace>", extraItems: "<AdditionalFiles Include=\"gaps.md\" />"));
        consumer.Write("Shop/gaps.md", Gaps);
        var code = consumer.Write("Shop/Code.cs", Before);
        Assert.Equal(0, consumer.Dotnet("restore", "Shop/Shop.csproj").ExitCode);

        var format = consumer.Dotnet("format", "analyzers", "Shop/Shop.csproj", "--diagnostics", "GM0001", "GM0002", "--no-restore", "-v", "diag");

        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Equal(After.ReplaceLineEndings(), File.ReadAllText(code).ReplaceLineEndings());
        var rebuild = consumer.Build("Shop/Shop.csproj", "--no-restore");
        Assert.True(rebuild.Process.ExitCode == 0, rebuild.Process.Output);
        Assert.Empty(rebuild.GapModelDiagnostics);
        Assert.Empty(rebuild.LoadOrCrashErrors);
    }

    // GAP-AUTH-001 as reviewed, then with its title edited; GAP-AUTH-002 untouched.
    private static readonly string[] Auth001Parts = ["id GAP-AUTH-001", "title Token refresh", "field Validation Criteria", "value ", "item Refresh happens before expiry", "item No request fails with 401"];
    private static readonly string Auth001Reviewed = Fingerprint(Auth001Parts);
    private static readonly string Auth001Now = Fingerprint([.. Auth001Parts.Select(p => p == "title Token refresh" ? "title Token refresh before expiry" : p)]);
    private static readonly string Auth002 = Fingerprint("id GAP-AUTH-002", "title Session timeout");

    private const string PinnedGaps = """
        ### GAP-AUTH-001: Token refresh
        **Status:** OPEN
        **Validation Criteria:**
        - [ ] Refresh happens before expiry
        - [x] No request fails with 401

        ### GAP-AUTH-002: Session timeout
        **Status:** OPEN

        """;

    private static string PinnedCode(string auth001, string gapsNamespace) => $$"""
        using GapModel;
        using {{gapsNamespace}};

        namespace Shop;

        [AddressesGap(Gaps.Auth001, Reviewed = "{{auth001}}")]
        public sealed class TokenRefresher { }

        [AddressesGap(Gaps.Auth002, Reviewed = "{{Auth002.ToUpperInvariant()}}")]
        public sealed class SessionTimer { }

        public sealed class RefreshTests
        {
            [ValidatesGap(Gaps.Auth001, 2, Reviewed = /* after the outage */ "{{auth001}}")]
            public void NoRequestFails() { }

            [ValidatesGap(Gaps.Auth001, 1)]
            public void Unpinned() { }
        }

        """;

    [Fact]
    public void Format_re_pins_exactly_the_references_whose_gap_changed()
    {
        var consumer = Consumer.Create(feed, "repin");
        consumer.Write("Shop/Shop.csproj", consumer.ProjectXml(outputType: "Library", extraProperties: "<RootNamespace>Shop</RootNamespace>", extraItems: "<AdditionalFiles Include=\"gaps.md\" />"));
        consumer.Write("Shop/gaps.md", PinnedGaps.Replace("Token refresh", "Token refresh before expiry"));
        var code = consumer.Write("Shop/Code.cs", PinnedCode(Auth001Reviewed, "Shop"));
        Assert.Equal(0, consumer.Dotnet("restore", "Shop/Shop.csproj").ExitCode);

        var format = consumer.Dotnet("format", "analyzers", "Shop/Shop.csproj", "--diagnostics", "GM0006", "--no-restore", "-v", "diag");

        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Equal(PinnedCode(Auth001Now, "Shop").ReplaceLineEndings(), File.ReadAllText(code).ReplaceLineEndings());
        var rebuild = consumer.Build("Shop/Shop.csproj", "--no-restore");
        Assert.True(rebuild.Process.ExitCode == 0, rebuild.Process.Output);
        Assert.Empty(rebuild.GapModelDiagnostics);
        Assert.Empty(rebuild.LoadOrCrashErrors);
    }

    [Fact]
    public void Format_re_pins_references_to_a_referenced_catalogs_gap_after_the_catalog_changed_it()
    {
        var consumer = Consumer.Create(feed, "repin-catalog");
        consumer.Write("Catalog/Catalog.csproj", consumer.ProjectXml(
            outputType: "Library",
            extraProperties: "<GapModelNamespace>Contoso.Gaps</GapModelNamespace><GapModelVisibility>public</GapModelVisibility>",
            extraItems: "<AdditionalFiles Include=\"gaps/*.md\" />"));
        var gaps = consumer.Write("Catalog/gaps/shared.md", PinnedGaps);
        consumer.Write("Shop/Shop.csproj", consumer.ProjectXml(outputType: "Library", extraItems: "<ProjectReference Include=\"../Catalog/Catalog.csproj\" />"));
        var code = consumer.Write("Shop/Code.cs", PinnedCode(Auth001Reviewed, "Contoso.Gaps"));

        // Reviewed against the catalog as it was; then the catalog edits the gap's title.
        var build = consumer.Build("Shop/Shop.csproj");
        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.GapModelDiagnostics);
        File.WriteAllText(gaps, PinnedGaps.Replace("Token refresh", "Token refresh before expiry"));

        var format = consumer.Dotnet("format", "analyzers", "Shop/Shop.csproj", "--diagnostics", "GM0006", "--no-restore", "-v", "diag");

        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Equal(PinnedCode(Auth001Now, "Contoso.Gaps").ReplaceLineEndings(), File.ReadAllText(code).ReplaceLineEndings());
        var rebuild = consumer.Build("Shop/Shop.csproj", "--no-restore");
        Assert.True(rebuild.Process.ExitCode == 0, rebuild.Process.Output);
        Assert.Empty(rebuild.GapModelDiagnostics);
        Assert.Empty(rebuild.LoadOrCrashErrors);
    }

    /// <summary>The fingerprint of a gap given as its tagged parts (docs/format.md, "Fingerprints").</summary>
    private static string Fingerprint(params string[] parts)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))))[..8];
}
