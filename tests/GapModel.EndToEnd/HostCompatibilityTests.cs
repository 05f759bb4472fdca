using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>
/// Everything the package ships under <c>analyzers/</c> loads in the .NET Framework compiler that Visual Studio and
/// <c>msbuild.exe</c> run, from the oldest Roslyn we support to the newest tested. The <c>dotnet</c> CLI cannot show
/// this: on .NET, System.Memory and friends are in-box at any version.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class HostCompatibilityTests(PackageFeed feed)
{
    public static TheoryData<string> Hosts => new() { CompilerHost.Oldest, CompilerHost.Newest };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Every_assembly_under_analyzers_binds_in_the_net_framework_compiler(string roslynVersion)
    {
        var host = CompilerHost.Load(roslynVersion);
        var folders = AnalyzerFolders();
        Assert.NotEmpty(folders);

        foreach (var (folder, files) in folders)
        {
            Assert.True(host.Unbindable(files) is { Count: 0 } problems, folder + " does not load in Roslyn " + roslynVersion + "'s .NET Framework compiler: " + string.Join(", ", host.Unbindable(files)));
        }
    }

    [Fact]
    public void Nothing_the_compiler_ships_is_packed_beside_the_analyzers()
    {
        // A packed System.Memory or System.Collections.Immutable competes with the host's copy and has broken other
        // generators (roslyn#66104): what the host provides is used from the host.
        var host = CompilerHost.Load(CompilerHost.Oldest);
        var packed = AnalyzerFolders().SelectMany(f => f.Value.Keys).Select(Path.GetFileNameWithoutExtension);
        Assert.Empty(packed.Intersect(host.ShippedNames, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_check_catches_markdig_1_x_in_the_oldest_host()
    {
        // The check itself must be able to fail: Markdig 1.6's netstandard2.0 build references System.Memory 4.0.2.0,
        // which Roslyn 4.14's .NET Framework host (4.0.1.2, redirects up to 4.0.1.2) cannot bind.
        var markdig = Path.Combine(CompilerHost.PackageRoot, "markdig", "1.6.0", "lib", "netstandard2.0", "Markdig.dll");
        var problems = CompilerHost.Load(CompilerHost.Oldest).Unbindable(new Dictionary<string, byte[]> { ["Markdig.dll"] = File.ReadAllBytes(markdig) });
        Assert.Contains("Markdig.dll -> System.Memory 4.0.2.0", problems);
    }

    /// <summary>Each analyzer folder of the package (<c>analyzers/dotnet/cs</c>, or one per Roslyn version) and its DLLs.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, byte[]>> AnalyzerFolders()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        return package.Entries
            .Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => e.FullName[..e.FullName.LastIndexOf('/')])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, byte[]>)g.ToDictionary(e => e.Name, Read));

        static byte[] Read(ZipArchiveEntry entry)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
