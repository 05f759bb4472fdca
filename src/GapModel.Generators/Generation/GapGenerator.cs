using System;
using System.Linq;
using GapModel.Generators.Emit;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GapModel.Generators.Generation;

/// <summary>
/// Reads every gap document passed as <c>AdditionalFiles</c> and generates the <c>Gaps</c> constants and the
/// <c>GapCatalog</c>. Each file is parsed on its own step, so editing one re-parses only that one.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GapGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => GapFiles.IsGapDocument(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .Select(static (text, cancellationToken) => GapFiles.Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var language = context.CompilationProvider
            .Select(static (compilation, _) => ReadLanguageFacts(compilation))
            .WithTrackingName(TrackingNames.Language);

        var catalog = files.Collect()
            .Combine(options)
            .Combine(language)
            .Select(static (input, cancellationToken) => BuildSpec(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (output, spec) =>
        {
            output.AddSource("Gaps.g.cs", CatalogEmitter.EmitConstants(spec));
            output.AddSource("GapCatalog.g.cs", CatalogEmitter.EmitCatalog(spec));
        });
    }

    private static CatalogSpec BuildSpec(System.Collections.Immutable.ImmutableArray<GapFile> files, GeneratorOptions options, LanguageFacts language)
    {
        var index = GapIndex.Create(files);
        var names = ConstantNames.Assign(index.Definitions.Select(d => d.Gap.Id));
        var gaps = index.Definitions
            .Select(d => new CatalogGap(d.Gap, names[d.Gap.Id], GapFiles.RelativePath(d.Path, options.ProjectDirectory)))
            .ToEquatableArray();
        return new CatalogSpec(options.Namespace, options.IsPublic, language.NullableAnnotations, language.HasNotNullWhen, index.Files.Count, gaps);
    }

    private static LanguageFacts ReadLanguageFacts(Compilation compilation)
    {
        var nullable = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp8 };
        var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        return new LanguageFacts(nullable, notNullWhen is not null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly));
    }
}

/// <summary>Step names the incremental tests look for.</summary>
internal static class TrackingNames
{
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string Options = nameof(Options);
    public const string Language = nameof(Language);
    public const string Catalog = nameof(Catalog);
}
