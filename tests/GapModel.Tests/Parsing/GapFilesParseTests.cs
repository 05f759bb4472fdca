using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GapModel.Generators.Input;
using GapModel.Generators.Parsing;
using GapModel.Tests.Generation;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// Each document text is parsed once per reading options, whoever asks first: the parses the generator starts on the
/// thread pool, its own per-file steps and the analyzers all get that one, and a cancelled parse is never kept.
/// </summary>
public sealed class GapFilesParseTests
{
    private static AdditionalText[] Documents(int count)
        => Enumerable.Range(0, count)
            .Select(i => (AdditionalText)new GeneratorHarness.InMemoryText($"/p/docs/gaps{i}.md", Fixtures.Seed.Replace("GAP-", $"GAP-D{i}-")))
            .ToArray();

    [Fact]
    public void Parses_started_on_the_thread_pool_are_the_ones_read_afterwards()
    {
        var documents = Documents(6);

        foreach (var document in documents)
        {
            GapFiles.StartParsing(document, ReadingOptions.Default, CancellationToken.None);
        }

        var read = documents.Select(d => GapFiles.Read(d, ReadingOptions.Default, CancellationToken.None)).ToArray();

        for (var i = 0; i < documents.Length; i++)
        {
            // The same object, not an equal one: nobody parsed the text a second time.
            Assert.Same(read[i].Document, GapFiles.Parse(documents[i].GetText()!, ReadingOptions.Default, CancellationToken.None));
            Assert.Equal(GapDocumentParser.Parse(documents[i].GetText()!.ToString()), read[i].Document);
        }
    }

    [Fact]
    public void Readers_on_many_threads_get_one_parse()
    {
        var text = Documents(1)[0].GetText()!;

        var parses = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => GapFiles.Parse(text, ReadingOptions.Default, CancellationToken.None)))
            .Select(t => t.Result)
            .ToArray();

        Assert.All(parses, p => Assert.Same(parses[0], p));
        Assert.Equal(29, parses[0].Gaps.Count);
    }

    [Fact]
    public void A_cancelled_parse_is_not_kept()
    {
        var document = new GeneratorHarness.InMemoryText("/p/gaps.md", Fixtures.Seed);
        var text = document.GetText()!;

        // Cancelled both ways, a reader's parse and one started ahead: a live reader of the same text still gets its gaps.
        Assert.ThrowsAny<OperationCanceledException>(() => GapFiles.Parse(text, ReadingOptions.Default, new CancellationToken(canceled: true)));
        GapFiles.StartParsing(document, ReadingOptions.Default, new CancellationToken(canceled: true));

        Assert.Equal(29, GapFiles.Parse(text, ReadingOptions.Default, CancellationToken.None).Gaps.Count);
    }

    [Fact]
    public void Other_reading_options_get_their_own_parse()
    {
        var text = SourceText.From(Fixtures.Seed);
        var teams = new ReadingOptions(["GAP-SOVEREIGNTY-"], [], [], []);

        var usual = GapFiles.Parse(text, ReadingOptions.Default, CancellationToken.None);
        var theirs = GapFiles.Parse(text, teams, CancellationToken.None);

        Assert.Equal(29, usual.Gaps.Count);
        Assert.Equal(3, theirs.Gaps.Count);
        Assert.Same(usual, GapFiles.Parse(text, ReadingOptions.Default, CancellationToken.None));
    }
}
