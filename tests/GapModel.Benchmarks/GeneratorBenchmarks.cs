using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using GapModel.Generators.Generation;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GapModel.Benchmarks;

/// <summary>
/// The incremental generator through <see cref="CSharpGeneratorDriver"/>: a first run over one gap document, and a
/// re-run after an unrelated C# edit, against Markdig's parse of the same document.
/// Budgets: first run over 10,000 gaps at most 1.5 times Markdig's parse; a re-run at most 5% of a first run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int SourceFiles = 10;

    private string _text = string.Empty;
    private byte[] _bytes = [];
    private SyntaxTree[] _trees = [];
    private SyntaxTree _edited = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _afterFirstRun = null!;

    [Params(100, 1_000, 10_000)]
    public int Gaps { get; set; }

    [GlobalSetup(Targets = [nameof(MarkdigParse), nameof(FirstRun), nameof(FirstRunWithOutputParsed)])]
    public void SetupFirstRun()
    {
        _text = GapDocuments.Create(Gaps);
        _bytes = Encoding.UTF8.GetBytes(_text);
        _trees = Consumer.Sources(SourceFiles, 30, GapDocuments.OpenIds(Gaps)).Select(s => Consumer.Parse(s.Text, s.Path)).ToArray();
    }

    [GlobalSetup(Target = nameof(RerunAfterUnrelatedEdit))]
    public void SetupRerun()
    {
        SetupFirstRun();
        _compilation = Consumer.Compilation(_trees);
        _afterFirstRun = CreateDriver().RunGenerators(_compilation);
        var original = _trees[0].ToString();
        var edited = original.Replace("var result = input;", "var result = input + \"!\";");
        _edited = Consumer.Parse(edited, _trees[0].FilePath);
    }

    [Benchmark(Baseline = true, Description = "Markdig Markdown.Parse")]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_text);

    /// <summary>A new driver and a never-read file: decode, parse, build the catalog, emit and parse the output.</summary>
    [Benchmark(Description = "Generator first run")]
    public GeneratorDriver FirstRun() => CreateDriver().RunGenerators(Consumer.Compilation(_trees));

    /// <summary>
    /// What a build pays: <see cref="GeneratorDriver.RunGenerators"/> leaves the generated text unparsed, while the
    /// compiler's <c>RunGeneratorsAndUpdateCompilation</c> also parses it into the syntax trees it compiles.
    /// </summary>
    [Benchmark(Description = "Generator first run + parse of its output")]
    public Compilation FirstRunWithOutputParsed()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(Consumer.Compilation(_trees), out var output, out _);
        foreach (var tree in output.SyntaxTrees)
        {
            tree.GetRoot();
        }

        return output;
    }

    /// <summary>The IDE's keystroke: one unrelated tree replaced, the same documents, the driver of the first run.</summary>
    [Benchmark(Description = "Generator re-run after an unrelated C# edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _afterFirstRun.RunGenerators(_compilation.ReplaceSyntaxTree(_trees[0], _edited));

    private GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new GapGenerator().AsSourceGenerator()],
            [InMemoryAdditionalText.FromBytes(Consumer.ProjectDirectory + "docs/gaps.md", _bytes)],
            Consumer.ParseOptions,
            Consumer.Options());
}
