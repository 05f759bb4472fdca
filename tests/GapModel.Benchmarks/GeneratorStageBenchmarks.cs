using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using GapModel.Generators.Emit;
using GapModel.Generators.Generation;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Benchmarks;

/// <summary>
/// Where the generator's first run goes: each stage alone over the same document, against Markdig's parse of it.
/// The stages add up to roughly <see cref="GeneratorBenchmarks"/>' first run without the driver and the compilation.
/// </summary>
[MemoryDiagnoser]
public class GeneratorStageBenchmarks
{
    private string _text = string.Empty;
    private SourceText _source = null!;
    private ImmutableArray<GapFile> _files;
    private ProjectOptions _options = null!;
    private LanguageFacts _language = null!;
    private CatalogSpec _spec = null!;

    [Params(10_000)]
    public int Gaps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = GapDocuments.Create(Gaps);
        _source = SourceText.From(_text);
        _options = ProjectOptions.Read(Consumer.Options().GlobalOptions);
        _language = new LanguageFacts(NullableAnnotations: true, HasNotNullWhen: true, GivesInternalsAccess: false);
        _files = [new GapFile(Consumer.ProjectDirectory + "docs/gaps.md", GapFiles.Parse(_source, _options.Reading, default))];
        _spec = GapGenerator.BuildSpec(_files, _options, _language)!;
    }

    [Benchmark(Baseline = true, Description = "Markdig Markdown.Parse")]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_text);

    // A new text each time: the parse is cached per text.
    [Benchmark(Description = "Read (GapFiles.Parse of a new SourceText)")]
    public object Read() => GapFiles.Parse(SourceText.From(_text), _options.Reading, default);

    [Benchmark(Description = "Catalog spec (index, names, paths)")]
    public object? Spec() => GapGenerator.BuildSpec(_files, _options, _language);

    [Benchmark(Description = "Fingerprints (uncached)")]
    public int Fingerprints()
    {
        var length = 0;
        foreach (var gap in _spec.Gaps)
        {
            length += GapFingerprint.Compute(gap.Gap).Length;
        }

        return length;
    }

    [Benchmark(Description = "Emit Gaps.g.cs")]
    public Microsoft.CodeAnalysis.Text.SourceText EmitConstants() => ConstantsEmitter.Emit(_spec).ToSourceText();

    [Benchmark(Description = "Emit GapCatalog.g.cs")]
    public Microsoft.CodeAnalysis.Text.SourceText EmitCatalog() => CatalogEmitter.Emit(_spec).ToSourceText();
}
