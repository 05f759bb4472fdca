using System.Collections.Immutable;
using System.Threading;
using GapModel.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>The local index is kept while the gap files' texts stay the same, as they do between keystrokes in C#.</summary>
public sealed class LocalGapsTests
{
    private sealed class File(string path, SourceText? text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }

    private static AnalyzerOptions Options(params AdditionalText[] files) => new(ImmutableArray.Create(files));

    [Fact]
    public void The_same_texts_give_the_same_index_and_a_changed_text_a_new_one()
    {
        var text = SourceText.From(AnalyzerTestHarness.Gaps);
        var first = LocalGaps.Read(Options(new File("/p/gaps.md", text)), CancellationToken.None);
        var again = LocalGaps.Read(Options(new File("/p/gaps.md", text)), CancellationToken.None);
        var edited = LocalGaps.Read(
            Options(new File("/p/gaps.md", SourceText.From(AnalyzerTestHarness.Gaps + "\n### GAP-NEW-001: New\n"))),
            CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, edited);
        Assert.False(first.Index.TryGet("GAP-NEW-001", out _));
        Assert.True(edited.Index.TryGet("GAP-NEW-001", out _));
        Assert.Equal("Cache010", edited.ConstantNames["GAP-CACHE-010"]);
    }

    [Fact]
    public void An_unreadable_file_is_read_again_next_time()
    {
        var unreadable = LocalGaps.Read(Options(new File("/p/gaps.md", null)), CancellationToken.None);
        var again = LocalGaps.Read(Options(new File("/p/gaps.md", null)), CancellationToken.None);

        Assert.NotSame(unreadable, again);
        Assert.Empty(again.Index.Definitions);
    }
}
