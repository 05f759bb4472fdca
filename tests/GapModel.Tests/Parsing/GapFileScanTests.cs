using System.IO;
using System.Text;
using System.Threading;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// <c>GapFiles.Parse</c> looks for <c>GAP-</c> chunk by chunk before it turns a <see cref="SourceText"/> into a string:
/// an ID anywhere, also cut by a chunk boundary, must be found, and a file without one reads as empty.
/// </summary>
public sealed class GapFileScanTests
{
    private const string Entry = "### GAP-SCAN-1: Found\n**Status:** OPEN\n";

    /// <summary>Filler text of <paramref name="length"/> characters with no ID (but G, GA and GAP in it).</summary>
    private static string Filler(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append("GA GAP G-A word\n");
        }

        return text.ToString(0, length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void FindsTheIdAcrossAChunkBoundary(int charsBeforeBoundary)
    {
        foreach (var chunks in new[] { 1, 2, 7 })
        {
            // "### " puts the ID four characters after the entry starts.
            var before = Filler((chunks * GapIdPrescan.ScanChunkLength) - charsBeforeBoundary - 4 - 1) + "\n";
            var text = before + Entry + Filler(100);
            Assert.True(GapIdPrescan.ContainsGapIdPrefix(SourceText.From(text), CancellationToken.None));
            AssertReadsAsTheString(SourceText.From(text), text);
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(100_000)]
    public void AFileWithoutAnIdReadsAsEmpty(int length)
    {
        var text = Filler(length) + "GAP";
        Assert.False(GapIdPrescan.ContainsGapIdPrefix(SourceText.From(text), CancellationToken.None));
        Assert.Same(GapDocumentSpec.Empty, GapFiles.Parse(SourceText.From(text), CancellationToken.None));
    }

    [Fact]
    public void AnIdAtTheVeryEndOrStartIsFound()
    {
        Assert.True(GapIdPrescan.ContainsGapIdPrefix(SourceText.From("GAP-"), CancellationToken.None));
        Assert.True(GapIdPrescan.ContainsGapIdPrefix(SourceText.From(Filler(3 * GapIdPrescan.ScanChunkLength) + "GAP-"), CancellationToken.None));
        Assert.False(GapIdPrescan.ContainsGapIdPrefix(SourceText.From(string.Empty), CancellationToken.None));
    }

    [Fact]
    public void AChunkedLargeTextIsScannedToo()
    {
        // Read from a stream, a text this long is a chunked LargeText in the compiler.
        var text = Filler(200_000) + "\n" + Entry + Filler(50_000);
        var source = SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8);
        AssertReadsAsTheString(source, text);
        var none = SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(Filler(200_000))), Encoding.UTF8);
        Assert.Same(GapDocumentSpec.Empty, GapFiles.Parse(none, CancellationToken.None));
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => GapIdPrescan.ContainsGapIdPrefix(SourceText.From(Filler(20_000)), cancelled.Token));
    }

    private static void AssertReadsAsTheString(SourceText source, string text)
    {
        var read = GapFiles.Parse(source, CancellationToken.None);
        Assert.Equal(GapDocumentParser.Parse(text), read);
        Assert.Equal("GAP-SCAN-1", Assert.Single(read.Gaps).Id);
    }
}
