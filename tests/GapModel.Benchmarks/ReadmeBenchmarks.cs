using System.IO;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using GapModel.Generators.Input;
using GapModel.Generators.Parsing;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Benchmarks;

/// <summary>
/// A README-like Markdown file (about 300 KB) in which no gap ID occurs. Budget: it costs a text scan, not a parse.
/// </summary>
[MemoryDiagnoser]
public class ReadmeBenchmarks
{
    public const int Size = 300_000;

    private string _text = string.Empty;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = GapDocuments.CreateReadme(Size);
        _bytes = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true, Description = "Markdig Markdown.Parse")]
    public MarkdownDocument MarkdigParse() => Markdown.Parse(_text);

    [Benchmark(Description = "GapDocumentParser.Parse (our read)")]
    public object OurRead() => GapDocumentParser.Parse(_text);

    /// <summary>What the compiler does for an additional file before anyone reads it: decode the bytes.</summary>
    [Benchmark(Description = "SourceText from file bytes (compiler's decode)")]
    public SourceText Decode()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return SourceText.From(stream, Encoding.UTF8);
    }

    /// <summary>The generator's and the analyzers' path: decode, <c>SourceText.ToString()</c>, then the read.</summary>
    [Benchmark(Description = "GapFiles.Parse(SourceText from file bytes)")]
    public object OurReadFromBytes()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return GapFiles.Parse(SourceText.From(stream, Encoding.UTF8), CancellationToken.None);
    }
}
