using System;
using System.Globalization;
using System.IO;
using Xunit;

namespace GapModel.EndToEnd.Infrastructure;

/// <summary>
/// The GapModel package, packed once per test run from a copy of the repository into a folder feed, with a
/// version no earlier run used, so no NuGet cache can hand a consumer a stale copy.
/// </summary>
public sealed class PackageFeed
{
    public PackageFeed()
    {
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var work = Repository.NewTempDirectory("pack");
        Directory = Path.Combine(work, "feed");

        // Packing a copy keeps this build's bin/ and obj/ out of the test run's own.
        var source = Path.Combine(work, "repo");
        Repository.CopyDirectory(Path.Combine(Repository.Root, "src"), Path.Combine(source, "src"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "nuget.config", "global.json", "README.md", "LICENSE", ".editorconfig" })
        {
            File.Copy(Path.Combine(Repository.Root, file), Path.Combine(source, file));
        }

        DotNet.RunChecked(source, ["pack", "src/GapModel/GapModel.csproj", "-c", "Release", "-o", Directory, "-p:Version=" + Version, "-nodeReuse:false"]);
        PackagePath = Path.Combine(Directory, "GapModel." + Version + ".nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException("pack did not produce " + PackagePath);
        }
    }

    public string Version { get; }

    public string Directory { get; }

    public string PackagePath { get; }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed GapModel";
}
