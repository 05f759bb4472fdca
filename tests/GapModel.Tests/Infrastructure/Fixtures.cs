using System;
using System.IO;

namespace GapModel.Tests.Infrastructure;

/// <summary>Documents our users wrote, copied byte for byte into Fixtures/.</summary>
internal static class Fixtures
{
    public const string SeedName = "phase2-gap-analysis.md";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>The seed document exactly as its authors wrote it (LF endings, no BOM).</summary>
    public static string Seed => Read(SeedName);

    /// <summary>The seed as it arrives from a Windows editor: CRLF line ends and a byte-order mark.</summary>
    public static string SeedWithCrlfAndBom => "\uFEFF" + Seed.Replace("\r\n", "\n").Replace("\n", "\r\n");
}
