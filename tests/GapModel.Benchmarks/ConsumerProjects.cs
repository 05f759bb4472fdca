using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GapModel.Benchmarks;

/// <summary>
/// Writes the three consumer projects tests/perf/build-cost.sh builds, with the same C# sources and gap documents
/// (passed as AdditionalFiles in all three): <c>with/</c> references the GapModel package; <c>hand/</c> does not, and
/// instead has the constants written by hand: <c>Gaps.cs</c>, the very <c>Gaps.g.cs</c> the package generates
/// (written once here by the generator in-process), and its own <c>GapModel.AddressesGapAttribute</c>;
/// <c>bare/</c> has only its own attribute, no constants.
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
        var texts = Enumerable.Range(0, documents)
            .Select(d => ("docs/gaps-" + d.ToString(CultureInfo.InvariantCulture) + ".md", GapDocuments.Create(perDocument, first: d * perDocument)))
            .ToList();
        var constants = GeneratedConstants(sources, texts, gaps);
        foreach (var (project, withPackage) in new[] { ("with", true), ("hand", false), ("bare", false) })
        {
            var dir = Path.Combine(root, project);
            Directory.CreateDirectory(Path.Combine(dir, "docs"));
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), Project(withPackage, version));
            foreach (var (path, text) in texts)
            {
                File.WriteAllText(Path.Combine(dir, path), text);
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

            if (project == "hand")
            {
                File.WriteAllText(Path.Combine(dir, "Gaps.cs"), constants);
            }
        }

        Console.WriteLine($"wrote {root}/with, {root}/hand and {root}/bare: {files} files, {references} [AddressesGap] references, {gaps} gaps in {documents} documents; hand/Gaps.cs {constants.Length / 1024} KB");
        return 0;
    }

    /// <summary>
    /// The <c>Gaps.g.cs</c> the package generates for these sources and documents: the generator run in-process with
    /// the project's RootNamespace and directory, as the build passes them. A hand-written file of the same constants.
    /// </summary>
    private static string GeneratedConstants(List<(string Path, string Text)> sources, List<(string Path, string Text)> documents, int gaps)
    {
        var compilation = Consumer.Compilation(sources.Select(s => Consumer.Parse(s.Text, s.Path)));
        var files = documents
            .Select(d => InMemoryAdditionalText.FromBytes(Consumer.ProjectDirectory + d.Path, Encoding.UTF8.GetBytes(d.Text)))
            .ToImmutableArray<AdditionalText>();
        var driver = CSharpGeneratorDriver.Create([new GapGenerator().AsSourceGenerator()], files, Consumer.ParseOptions, Consumer.Options())
            .RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || !result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("the generator failed on the consumer: " + (result.Exception?.ToString() ?? string.Join("; ", result.Diagnostics)));
        }

        var text = result.GeneratedSources.Single(s => s.HintName == "Gaps.g.cs").SourceText.ToString();
        var count = text.Split("public const string ").Length - 1;
        if (count != gaps)
        {
            throw new InvalidOperationException($"{count} constants generated for {gaps} gaps");
        }

        return text;
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
