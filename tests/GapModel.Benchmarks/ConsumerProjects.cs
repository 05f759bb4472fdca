using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace GapModel.Benchmarks;

/// <summary>
/// Writes the two consumer projects tests/perf/build-cost.sh builds: <c>with/</c> references the GapModel package,
/// <c>without/</c> declares its own <c>GapModel.AddressesGapAttribute</c>; the C# sources and the gap documents
/// (passed as AdditionalFiles in both) are the same.
/// <code>write-consumer DIR --package-version V [--gaps 5000] [--documents 5] [--files 300] [--references 3000]</code>
/// </summary>
internal static class ConsumerProjects
{
    public static int Write(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("write-consumer DIR --package-version V [--gaps 5000] [--documents 5] [--files 300] [--references 3000]");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        var version = options.TryGetValue("--package-version", out var v) ? v : throw new ArgumentException("--package-version is required");
        var gaps = Int(options, "--gaps", 5_000);
        var documents = Int(options, "--documents", 5);
        var files = Int(options, "--files", 300);
        var references = Int(options, "--references", 3_000);
        if (gaps % documents != 0)
        {
            throw new ArgumentException("--gaps must be a multiple of --documents");
        }

        var ids = GapDocuments.OpenIds(gaps);
        var sources = Consumer.Sources(files, references, ids);
        var perDocument = gaps / documents;
        foreach (var (project, withPackage) in new[] { ("with", true), ("without", false) })
        {
            var dir = Path.Combine(root, project);
            Directory.CreateDirectory(Path.Combine(dir, "docs"));
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project(withPackage, version));
            for (var d = 0; d < documents; d++)
            {
                File.WriteAllText(
                    Path.Combine(dir, "docs", "gaps-" + d.ToString(CultureInfo.InvariantCulture) + ".md"),
                    GapDocuments.Create(perDocument, first: d * perDocument));
            }

            foreach (var (path, text) in sources)
            {
                var relative = path.Substring(Consumer.ProjectDirectory.Length);
                var full = Path.Combine(dir, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            if (!withPackage)
            {
                File.WriteAllText(Path.Combine(dir, "AddressesGapAttribute.cs"), LocalAttribute);
            }
        }

        Console.WriteLine($"wrote {root}/with and {root}/without: {files} files, {references} [AddressesGap] references, {gaps} gaps in {documents} documents");
        return 0;
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback)
        => options.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    private static string Project(bool withPackage, string version) =>
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
        + "  <PropertyGroup>\n"
        + "    <TargetFramework>net10.0</TargetFramework>\n"
        + "    <RootNamespace>Consumer</RootNamespace>\n"
        + "    <Nullable>enable</Nullable>\n"
        + "    <ImplicitUsings>disable</ImplicitUsings>\n"
        + "  </PropertyGroup>\n"
        + "  <ItemGroup>\n"
        + "    <AdditionalFiles Include=\"docs/*.md\" />\n"
        + (withPackage ? "    <PackageReference Include=\"GapModel\" Version=\"" + version + "\" />\n" : string.Empty)
        + "  </ItemGroup>\n"
        + "</Project>\n";

    private const string LocalAttribute =
        "using System;\n\nnamespace GapModel;\n\n"
        + "[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]\n"
        + "public sealed class AddressesGapAttribute : Attribute\n{\n"
        + "    public AddressesGapAttribute(string gapId) => GapId = gapId;\n\n"
        + "    public string GapId { get; }\n}\n";
}
