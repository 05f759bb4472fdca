using System.Threading;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.Model;

/// <summary>The generator and the analyzers of one build get one <see cref="ProjectGaps"/> for the same parses, and their constant names once.</summary>
public sealed class ProjectGapsTests
{
    private static GapFile[] Read(SourceText text) => [new GapFile("/p/docs/gaps.md", GapFiles.Parse(text, ReadingOptions.Default, CancellationToken.None))];

    [Fact]
    public void The_same_parses_give_the_same_gaps_and_anything_else_new_ones()
    {
        var text = SourceText.From(Fixtures.Seed);
        var prefixes = new[] { "GAP-" };

        var first = ProjectGaps.Create(Read(text), "/p/", prefixes);
        var again = ProjectGaps.Create(Read(text), "/p/", prefixes);
        var otherDirectory = ProjectGaps.Create(Read(text), "/q/", prefixes);
        var otherText = ProjectGaps.Create(Read(SourceText.From(Fixtures.Seed)), "/p/", prefixes);

        Assert.Same(first, again);
        Assert.Same(first.ConstantNames, again.ConstantNames);
        Assert.NotSame(first, otherDirectory);
        Assert.NotSame(first, otherText);
        Assert.Equal(first.ConstantNames, otherText.ConstantNames);
    }
}
