using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GapModel.Benchmarks;

/// <summary>
/// <c>catalog-size [FILE.md ...]</c>: the generator's output against its input, per gap: the Markdown's UTF-8 bytes,
/// the characters of <c>GapCatalog.g.cs</c> and of <c>Gaps.g.cs</c>, for the given documents (the seed, say) and for
/// the benchmarks' generated documents (5 of 1,000 gaps, as tests/perf/build-cost.sh; 1 of 10,000).
/// </summary>
internal static class CatalogSize
{
    public static int Run(string[] files)
    {
        Console.WriteLine($"{"input",-34} {"gaps",6} {"md B/gap",9} {"catalog ch/gap",15} {"catalog/md",11} {"constants ch/gap",17} {"all output/md",14}");
        foreach (var file in files)
        {
            Report(Path.GetFileName(file), [("docs/" + Path.GetFileName(file), File.ReadAllText(file))]);
        }

        Report("generated, 5 x 1,000 gaps", Enumerable.Range(0, 5).Select(d => ("docs/gaps-" + d + ".md", GapDocuments.Create(1_000, first: d * 1_000))).ToList());
        Report("generated, 1 x 10,000 gaps", [("docs/gaps.md", GapDocuments.Create(10_000))]);
        return 0;
    }

    private static void Report(string name, IReadOnlyList<(string Path, string Text)> documents)
    {
        var files = documents
            .Select(d => InMemoryAdditionalText.FromBytes(Consumer.ProjectDirectory + d.Path, Encoding.UTF8.GetBytes(d.Text)))
            .ToImmutableArray<AdditionalText>();
        var driver = CSharpGeneratorDriver.Create([new GapGenerator().AsSourceGenerator()], files, Consumer.ParseOptions, Consumer.Options())
            .RunGenerators(Consumer.Compilation([]));
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw result.Exception;
        }

        var constants = result.GeneratedSources.Single(s => s.HintName == "Gaps.g.cs").SourceText.ToString();
        var catalog = result.GeneratedSources.Single(s => s.HintName == "GapCatalog.g.cs").SourceText.ToString();
        var gaps = constants.Split("public const string ").Length - 1;
        var markdown = documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text));
        Console.WriteLine($"{name,-34} {gaps,6} {markdown / (double)gaps,9:F0} {catalog.Length / (double)gaps,15:F0} {catalog.Length / (double)markdown,11:F2} {constants.Length / (double)gaps,17:F0} {(catalog.Length + constants.Length) / (double)markdown,14:F2}");
    }
}
