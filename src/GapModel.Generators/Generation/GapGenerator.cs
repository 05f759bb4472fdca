using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Emit;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
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

        // Each document is read on its own step, so editing one re-reads only that one. The parses themselves, and
        // the catalog's files after them, are started first and run on the thread pool (see the first outputs).
        var allDocuments = documents.Collect();
        var parsing = allDocuments
            .Combine(reading)
            .Select(static (input, cancellationToken) => StartParsing(input.Left, input.Right, cancellationToken));
        var writingAhead = allDocuments
            .Combine(options)
            .Combine(language)
            .Select(static (input, cancellationToken) => StartWriting(input.Left.Left, input.Left.Right, input.Right, cancellationToken));
        var files = documents
            .Combine(reading)
            .Select(static (input, cancellationToken) => GapFiles.Read(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var catalog = files.Collect()
            .Combine(options)
            .Combine(language)
            .Select(static (input, _) => BuildSpec(input.Left.Left, input.Left.Right, input.Right))
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
            .Combine(validated.Collect())
            .Combine(elsewhere.Collect())
            .Select(static (input, _) => input.Left.Left.AddRange(input.Left.Right).AddRange(input.Right))
            .Combine(constants)
            .Combine(options)
            .Combine(language);

        // The assembly's link record: what AddressedBy and ValidatedBy answer from at run time, what referencing
        // projects' coverage rules and the report read.
        var linkRecord = reads
            .Select(static (input, _) => Links.BuildSpec(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
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

    // Both return how many documents there are, a value that changes only when that does.
    private static int StartParsing(ImmutableArray<AdditionalText> documents, ReadingOptions reading, System.Threading.CancellationToken cancellationToken)
    {
        GapFiles.StartParsing(documents, reading, cancellationToken);
        return documents.Length;
    }

    private static int StartWriting(ImmutableArray<AdditionalText> documents, ProjectOptions options, LanguageFacts language, System.Threading.CancellationToken cancellationToken)
    {
        CatalogAhead.Start(documents, options, language, cancellationToken);
        return documents.Length;
    }

    internal static CatalogSpec? BuildSpec(ImmutableArray<GapFile> files, ProjectOptions options, LanguageFacts language)
    {
        if (files.IsEmpty)
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
