using System.Collections.Generic;
using System.Collections.Immutable;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Checks every <c>[AddressesGap]</c> and <c>[ValidatesGap]</c> against the gaps the project knows (its gap documents
/// and the catalogs of referenced assemblies): GM0001 unknown, GM0002 resolved (AddressesGap only), GM0003 not an ID,
/// GM0004 literal where a constant exists, GM0005 in progress, GM0006 changed since reviewed, GM0007 not pinned,
/// GM0008 no such criterion, GM0009 defined by two referenced catalogs. Each is reported once per attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddressesGapAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property keys a diagnostic hands to the code fixes.</summary>
    public const string SuggestedIdProperty = "SuggestedId";
    public const string ConstantTypeProperty = "ConstantType";
    public const string ConstantNameProperty = "ConstantName";

    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownGap,
        DiagnosticDescriptors.ResolvedGap,
        DiagnosticDescriptors.InvalidGapId,
        DiagnosticDescriptors.UseGeneratedConstant,
        DiagnosticDescriptors.GapInProgress,
        DiagnosticDescriptors.SuspectReference,
        DiagnosticDescriptors.UnpinnedReference,
        DiagnosticDescriptors.CriterionOutOfRange,
        DiagnosticDescriptors.AmbiguousGap);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Not in generated code: its author cannot act on a warning there and a code fix could not change it;
        // what generated it (a template, a gap document) is what has to change.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var attributeType = context.Compilation.GetTypeByMetadataName(AttributeNames.AddressesGap);
        if (attributeType is null)
        {
            return;
        }

        // Cheap per compilation: the local gaps are reused while the gap files' texts are unchanged; referenced
        // catalogs and constants are only read when an attribute needs them.
        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var known = new KnownGaps(
            context.Compilation,
            LocalGaps.Read(context.Options, context.CancellationToken),
            ProjectOptions.ReadNamespace(globalOptions, problems: null));
        var checker = new AttributeChecker(
            attributeType,
            context.Compilation.GetTypeByMetadataName(AttributeNames.ValidatesGap),
            known,
            EnabledRules.Read(context.Compilation, Rules, context.CancellationToken));

        // Attributes are read from symbols the compiler has already bound, not re-bound from syntax. Lists that land
        // on another symbol than the one their syntax declares (AttributeSources.LandsElsewhere) are read per list.
        context.RegisterSymbolAction(
            symbolContext => AttributeSources.ForSymbol(symbolContext.Symbol, (_, attributes) => checker.Check(attributes, symbolContext.ReportDiagnostic, symbolContext.CancellationToken)),
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);

        // Assembly and module attributes, the lists that land elsewhere, local functions and lambdas belong to no symbol action.
        context.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                var list = (AttributeListSyntax)nodeContext.Node;
                if (AttributeSources.LandsElsewhere(list))
                {
                    // [field:] on 'event Action A, B;' is one attribute on two backing fields: checked once.
                    var checkedSyntax = new HashSet<AttributeSyntax>();
                    AttributeSources.ForList(
                        list,
                        nodeContext.SemanticModel,
                        (_, attributes) => checker.Check(attributes, nodeContext.ReportDiagnostic, nodeContext.CancellationToken),
                        (_, attribute) =>
                        {
                            if (checkedSyntax.Add(attribute))
                            {
                                checker.CheckBound(attribute, nodeContext.SemanticModel, nodeContext.ReportDiagnostic, nodeContext.CancellationToken);
                            }
                        },
                        nodeContext.CancellationToken);
                    return;
                }

                AttributeSources.ForAssemblyOrModule(nodeContext, attributes => checker.Check(attributes, nodeContext.ReportDiagnostic, nodeContext.CancellationToken));
            },
            SyntaxKind.AttributeList);
        context.RegisterSyntaxNodeAction(
            nodeContext => AttributeSources.ForFunction(nodeContext, (_, attributes) => checker.Check(attributes, nodeContext.ReportDiagnostic, nodeContext.CancellationToken)),
            SyntaxKind.LocalFunctionStatement, SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.SimpleLambdaExpression);
    }
}
