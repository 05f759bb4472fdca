using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using GapModel.Generators.Analysis;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Benchmarks;

/// <summary>
/// Before anything is timed: the generated documents read as the gaps they were written to hold, the generator's
/// output compiles, and the analyzer really checks references. A benchmark of work that silently does nothing
/// would measure nothing.
/// </summary>
internal static class Checks
{
    public static void Run(TextWriter log)
    {
        foreach (var count in new[] { 100, 1_000, 10_000 })
        {
            var text = GapDocuments.Create(count);
            var spec = GapDocumentParser.Parse(text);
            Require(spec.Gaps.Count == count, $"{count} gaps written, {spec.Gaps.Count} read");
            // As in the seed, the bold-paragraph shape's "Strategic" scope is kept and reported as information (GM1002).
            var unexpected = spec.Diagnostics.FirstOrDefault(d => !(d.Id == "GM1002" && d.MessageArgs[1] == "scope" && d.MessageArgs[2] == "Strategic"));
            Require(unexpected is null, $"{count} gaps: unexpected diagnostic {unexpected?.Id} {string.Join(", ", unexpected?.MessageArgs.ToArray() ?? [])} at line {unexpected?.Position.DisplayLine}");
            Require(spec.DeclaredTotal == count, $"{count} gaps: declared total read as {spec.DeclaredTotal}");
            var resolved = spec.Gaps.Count(g => g.Status == Generators.Model.GapStatus.Resolved);
            Require(resolved == count / 10, $"{count} gaps: {resolved} resolved, {count / 10} written");
            for (var i = 0; i < count; i++)
            {
                Require(spec.Gaps[i].Id == GapDocuments.Id(i), $"gap {i} read as {spec.Gaps[i].Id}");
            }

            Require(spec.Gaps.Any(g => g.Fields.Any(f => f.Name == "Proposed Resolution" && f.Items.Count == 3)), "no heading entry with its checklist");
            Require(spec.Gaps.Any(g => g.Fields.Any(f => f.Name == "Missing")), "no bold-paragraph entry");
            Require(spec.Gaps.Any(g => g.Fields.Any(f => f.Name == "Priority") && g.Priority == Generators.Model.GapPriority.P1), "no Day-4 entry");
            log.WriteLine($"check: {count} gaps, {text.Length / 1024} KB, read back exactly");
        }

        var readme = GapDocuments.CreateReadme(ReadmeBenchmarks.Size);
        Require(readme.IndexOf(GapIdSyntax.Prefix, StringComparison.Ordinal) < 0, "the README contains a gap ID");
        Require(GapDocumentParser.Parse(readme).Gaps.Count == 0, "the README defines gaps");
        log.WriteLine($"check: README {readme.Length / 1024} KB, no gap ID");

        CheckGenerator(log);
        CheckAnalyzer(log);
    }

    private static void CheckGenerator(TextWriter log)
    {
        const int count = 1_000;
        var trees = Consumer.Sources(10, 30, GapDocuments.OpenIds(count)).Select(s => Consumer.Parse(s.Text, s.Path)).ToArray();
        var compilation = Consumer.Compilation(trees);
        var file = InMemoryAdditionalText.FromBytes(Consumer.ProjectDirectory + "docs/gaps.md", Encoding.UTF8.GetBytes(GapDocuments.Create(count)));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new GapGenerator().AsSourceGenerator()], [file], Consumer.ParseOptions, Consumer.Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Require(result.Exception is null, "the generator threw: " + result.Exception);
        Require(generatorDiagnostics.IsEmpty, "generator diagnostics: " + string.Join("; ", generatorDiagnostics));
        // The consumer tags code with [AddressesGap], so the catalog's AddressedBy part and the link record are written too.
        var hintNames = string.Join(", ", result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
        Require(hintNames == "GapCatalog.AddressedBy.g.cs, GapCatalog.g.cs, GapLinks.g.cs, Gaps.g.cs", "generated sources: " + hintNames);
        var constants = result.GeneratedSources.Single(s => s.HintName == "Gaps.g.cs").SourceText.ToString();
        var constantCount = constants.Split("public const string ").Length - 1;
        Require(constantCount == count, $"{constantCount} constants for {count} gaps");
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Require(errors.Count == 0, "the consumer with generated code does not compile: " + string.Join("; ", errors.Take(5)));

        // An unrelated edit must leave the parsed documents and the catalog cached.
        var edited = Consumer.Parse(trees[0].ToString().Replace("var result = input;", "var result = input + \"!\";"), trees[0].FilePath);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(trees[0], edited));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Require(steps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), "the re-run read the document again");
        Require(steps[TrackingNames.Catalog].SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), "the re-run rebuilt the catalog");
        log.WriteLine($"check: generator emits {count} constants that compile; an unrelated edit re-reads nothing");
    }

    private static void CheckAnalyzer(TextWriter log)
    {
        const int count = 1_000;
        var resolvedId = GapDocuments.Id(9);
        Require(GapDocuments.IsResolved(9), "gap 9 is not written as resolved");
        var ids = GapDocuments.OpenIds(count).Take(50).Append(resolvedId).Append("GAP-NOWHERE-1").ToList();
        var compilation = Consumer.Compilation(Consumer.Sources(4, ids.Count, ids).Select(s => Consumer.Parse(s.Text, s.Path)));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Require(errors.Count == 0, "the analyzer's consumer does not compile: " + string.Join("; ", errors.Take(5)));
        var file = InMemoryAdditionalText.FromBytes(Consumer.ProjectDirectory + "docs/gaps.md", Encoding.UTF8.GetBytes(GapDocuments.Create(count)));
        var diagnostics = compilation
            .WithAnalyzers([new AddressesGapAnalyzer()], new AnalyzerOptions([file], Consumer.Options()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var unknown = diagnostics.Count(d => d.Id == "GM0001");
        var resolved = diagnostics.Count(d => d.Id == "GM0002");
        Require(unknown == 1 && resolved == 1, $"analyzer reported {unknown} GM0001 and {resolved} GM0002 for one unknown and one resolved reference among {ids.Count}");
        log.WriteLine("check: the analyzer reports exactly the unknown and the resolved reference");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark input check failed: " + message);
        }
    }
}
