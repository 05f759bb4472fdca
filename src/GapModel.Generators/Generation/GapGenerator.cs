using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Emit;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Generation;

/// <summary>
/// Reads every gap document passed as <c>AdditionalFiles</c> and generates the <c>Gaps</c> constants and the
/// <c>GapCatalog</c>. Each file is parsed on its own step, so editing one re-parses only that one; the
/// <c>[AddressesGap]</c> usages feed a separate output, so editing code never re-emits the catalog.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GapGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The ID prefixes and status words: only a change to them re-reads the documents.
        var reading = options.Select(static (options, _) => options.Reading);

        var documents = context.AdditionalTextsProvider
            .Where(static text => GapFiles.IsMarkdown(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => !GapFiles.IsLeftOut(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left);

        var language = context.CompilationProvider
            .Select(static (compilation, _) => LanguageFacts.Read(compilation))
            .WithTrackingName(TrackingNames.Language);

        // Every step below combines two values of reference types and turns the pair into one at once: the compiler's
        // pipeline types over nested tuples (or over an ImmutableArray inside one) are compiled by the JIT afresh in every
        // cold build, ~500 methods for the shapes this pipeline had; over reference types they share code already compiled.
        var settings = options
            .Combine(language)
            .Select(static (input, _) => new GenerationSettings(input.Left, input.Right));

        // Each document is read on its own step, so editing one re-reads only that one. The parses themselves, and
        // the catalog's files after them, are started first and run on the thread pool (see the first outputs).
        var parsing = documents
            .Combine(reading)
            .Select(static (input, cancellationToken) => GapFiles.StartParsing(input.Left, input.Right, cancellationToken));
        var writingAhead = documents.Collect()
            .Select(static (texts, _) => new DocumentSet(texts))
            .Combine(settings)
            .Select(static (input, cancellationToken) => CatalogAhead.Start(input.Left, input.Right, cancellationToken));
        var files = documents
            .Combine(reading)
            .Select(static (input, cancellationToken) => GapFiles.Read(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var catalog = files.Collect()
            .Select(static (files, _) => files.ToEquatableArray())
            .Combine(settings)
            .Select(static (input, _) => BuildSpec(input.Left, input.Right.Options, input.Right.Language))
            .WithTrackingName(TrackingNames.Catalog);

        // Only the constants' names matter to the links, so an edited title does not re-emit the link record.
        var constants = catalog
            .Select(static (spec, _) => spec is null ? EquatableArray<ConstantId>.Empty : spec.Gaps.Select(g => new ConstantId(g.ConstantName, g.Gap.Id)).ToEquatableArray())
            .WithTrackingName(TrackingNames.Constants);

        // Own and return-value attributes, as ForAttributeWithMetadataName finds them on the declarations.
        var addressed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.AddressesGap,
                static (_, _) => true,
                static (attributeContext, cancellationToken) => Links.Read(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.Addresses);
        var validated = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.ValidatesGap,
                static (_, _) => true,
                static (attributeContext, cancellationToken) => Links.Read(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.Validations);

        // Lists that land on another symbol than their declaration's ([field:] on a property, [property:] on a
        // positional parameter...), which ForAttributeWithMetadataName never reports. Rare: only they are bound.
        var elsewhere = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is AttributeListSyntax list && AttributeSources.LandsElsewhere(list) && Links.MayHoldLink(list),
                static (syntaxContext, cancellationToken) => Links.ReadList((AttributeListSyntax)syntaxContext.Node, syntaxContext.SemanticModel, cancellationToken))
            .WithTrackingName(TrackingNames.AddressesElsewhere);

        var reads = addressed.Collect()
            .Select(static (found, _) => found.ToEquatableArray())
            .Combine(validated.Collect().Select(static (found, _) => found.ToEquatableArray()))
            .Select(static (input, _) => input.Left.Concat(input.Right).ToEquatableArray())
            .Combine(elsewhere.Collect().Select(static (found, _) => found.ToEquatableArray()))
            .Select(static (input, _) => input.Left.Concat(input.Right).ToEquatableArray());

        // The assembly's link record: what AddressedBy and ValidatedBy answer from at run time, what referencing
        // projects' coverage rules and the report read.
        var linkRecord = reads
            .Combine(constants)
            .Select(static (input, _) => Links.Resolve(input.Left, input.Right))
            .Combine(settings)
            .Select(static (input, _) => Links.BuildSpec(input.Left, input.Right.Options, input.Right.Language))
            .WithTrackingName(TrackingNames.LinkRecord);

        // Outputs run in the order they are registered. The parses, then the writing of the catalog's files, start
        // first, so that while this thread binds the attributes for the link record (the costliest semantic work of the
        // run), the other cores parse and write; the link record then waits for the constants' names, the catalog
        // for its files.
        context.RegisterSourceOutput(parsing, static (_, _) => { });
        context.RegisterSourceOutput(writingAhead, static (_, _) => { });

        context.RegisterSourceOutput(options, static (output, options) =>
        {
            foreach (var problem in options.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidOption, Location.None, problem.Property, problem.Value, problem.Reason, problem.Fallback));
            }
        });

        // Recorded in every assembly with links, catalog or not: the coverage rules of a project that references this
        // one (a test project, say) and its report count them, whatever the linked members' accessibility.
        context.RegisterSourceOutput(linkRecord, static (output, spec) =>
        {
            if (spec.Links.Count > 0)
            {
                output.AddSource("GapLinks.g.cs", LinksEmitter.Emit(spec).ToSourceText());
            }
        });

        context.RegisterSourceOutput(catalog, static (output, spec) =>
        {
            // A project with no gap documents (one that only tags code, say) gets no empty classes.
            if (spec is null)
            {
                return;
            }

            foreach (var (hintName, text) in CatalogAhead.Take(spec))
            {
                output.AddSource(hintName, text);
            }
        });
    }

    internal static CatalogSpec? BuildSpec(IReadOnlyList<GapFile> files, ProjectOptions options, LanguageFacts language)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var project = ProjectGaps.Create(files, options.ProjectDirectory, options.Reading.IdPrefixes);
        var names = project.ConstantNames;
        var definitions = project.Index.Definitions;
        var gaps = new CatalogGap[definitions.Count];
        for (var i = 0; i < gaps.Length; i++)
        {
            var definition = definitions[i];
            gaps[i] = new CatalogGap(definition.Gap, names[definition.Gap.Id], project.SourcePath(definition.Path));
        }

        // Referencing projects learn the gaps from these definitions: every project may use a public catalog,
        // friends (InternalsVisibleTo) an internal one.
        // A report reads this project's own gaps from its assembly too.
        var recordsDefinitions = options.IsPublic || language.GivesInternalsAccess || options.Report;
        return new CatalogSpec(options.Namespace, options.IsPublic, recordsDefinitions, options.GenerateCatalog, language.NullableAnnotations, language.HasNotNullWhen, project.Index.Files.Count, new EquatableArray<CatalogGap>(gaps));
    }
}
