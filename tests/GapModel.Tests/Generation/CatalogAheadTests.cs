using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GapModel.Generators.Emit;
using GapModel.Generators.Generation;
using GapModel.Generators.Input;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static GapModel.Tests.Generation.GeneratorHarness;

namespace GapModel.Tests.Generation;

/// <summary>
/// The catalog written ahead on the thread pool is used only for the spec it was written for: what the generator adds
/// never depends on which of the two got there first.
/// </summary>
[Collection(nameof(CatalogAheadTests))] // CatalogAhead holds one pending catalog for the process
public sealed class CatalogAheadTests
{
    private static readonly ImmutableArray<AdditionalText> Documents = [Gaps("docs/gaps.md", Fixtures.Seed)];

    private static ProjectOptions OptionsOf(params (string Key, string Value)[] properties)
        => ProjectOptions.Read(Options(With(properties)).GlobalOptions);

    private static readonly LanguageFacts Language = new(NullableAnnotations: true, HasNotNullWhen: true, GivesInternalsAccess: false);

    private static CatalogSpec Spec(ProjectOptions options)
        => GapGenerator.BuildSpec(Documents.Select(d => GapFiles.Read(d, options.Reading, CancellationToken.None)).ToImmutableArray(), options, Language)!;

    private static string[] Texts(System.Collections.Generic.IReadOnlyList<(string HintName, Microsoft.CodeAnalysis.Text.SourceText Text)> files)
        => files.Select(f => f.HintName + "\n" + f.Text).ToArray();

    [Fact]
    public void The_spec_and_files_written_ahead_are_those_of_the_same_inputs()
    {
        var options = OptionsOf();
        CatalogAhead.Start(new DocumentSet(Documents), new GenerationSettings(options, Language), CancellationToken.None);

        var files = Documents.Select(d => GapFiles.Read(d, options.Reading, CancellationToken.None)).ToImmutableArray();
        var spec = GapGenerator.BuildSpec(files, options, Language)!;

        Assert.Equal(Spec(options), spec);
        Assert.Equal(Texts(CatalogFiles.Write(spec)), Texts(CatalogAhead.Take(spec)));
    }

    [Fact]
    public void Files_written_ahead_for_other_options_are_not_taken()
    {
        CatalogAhead.Start(new DocumentSet(Documents), new GenerationSettings(OptionsOf(("GapModelNamespace", "Elsewhere")), Language), CancellationToken.None);

        var options = OptionsOf();
        var files = Documents.Select(d => GapFiles.Read(d, options.Reading, CancellationToken.None)).ToImmutableArray();
        var spec = GapGenerator.BuildSpec(files, options, Language)!;
        var taken = Texts(CatalogAhead.Take(spec));

        Assert.Equal("App", spec.Namespace);
        Assert.Equal(Texts(CatalogFiles.Write(spec)), taken);
        Assert.Contains(taken, t => t.StartsWith("Gaps.g.cs\n", System.StringComparison.Ordinal) && t.Contains("namespace App\n"));
    }

    [Fact]
    public void A_cancelled_run_leaves_the_catalog_to_be_written_in_place()
    {
        CatalogAhead.Start(new DocumentSet(Documents), new GenerationSettings(OptionsOf(), Language), new CancellationToken(canceled: true));

        var spec = Spec(OptionsOf());

        Assert.Equal(Texts(CatalogFiles.Write(spec)), Texts(CatalogAhead.Take(spec)));
    }
}
