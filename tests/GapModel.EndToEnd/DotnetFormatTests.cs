using System.IO;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary><c>dotnet format</c> applies GapModel's code fixes to a project that consumes the package.</summary>
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
}
