using BenchmarkDotNet.Attributes;
using GapModel.Generators.Parsing;
using Markdig;
using Markdig.Syntax;

namespace GapModel.Benchmarks;

/// <summary>
/// Markdig's parse of a gap document against our full read of the same text (parse, walk, build the model).
/// Budget: our read at most 1.3 times Markdig's parse.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    // The pipeline our reader uses; precise source locations cost Markdig something on their own.
    private static readonly MarkdownPipeline Precise = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private string _text = string.Empty;

    [Params(100, 1_000, 10_000)]
    public int Gaps { get; set; }

    // Only text is made here: no Markdig or reader code runs before the measured call (cold runs stay cold).
    [GlobalSetup]
    public void Setup() => _text = GapDocuments.Create(Gaps);

    [Benchmark(Baseline = true, Description = "Markdig Markdown.Parse")]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_text);

    [Benchmark(Description = "Markdig Markdown.Parse, precise locations")]
    public MarkdownDocument MarkdigParsePrecise() => Markdown.Parse(_text, Precise);

    [Benchmark(Description = "GapDocumentParser.Parse (our read)")]
    public object OurRead() => GapDocumentParser.Parse(_text);
}
