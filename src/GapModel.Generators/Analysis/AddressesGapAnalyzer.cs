using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Generators.Analysis;

/// <summary>Checks every <c>[AddressesGap]</c> against the project's gap documents: GM0001, GM0002, GM0003.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddressesGapAnalyzer : DiagnosticAnalyzer
{
    public const string AttributeMetadataName = "GapModel.AddressesGapAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownGap, DiagnosticDescriptors.ResolvedGap, DiagnosticDescriptors.InvalidGapId);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is not the user's to fix.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var attributeType = context.Compilation.GetTypeByMetadataName(AttributeMetadataName);
        if (attributeType is null)
        {
            return;
        }

        // Built once per compilation; the parsed documents themselves are cached across compilations.
        var index = GapIndex.Create(GapFiles.ReadAll(context.Options, context.CancellationToken));
        var projectDirectory = GapFiles.ProjectDirectory(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var checker = new ReferenceChecker(attributeType, index, projectDirectory);

        // Attributes are read from symbols the compiler has already bound, not re-bound from syntax.
        context.RegisterSymbolAction(
            checker.AnalyzeSymbol,
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        context.RegisterSyntaxNodeAction(checker.AnalyzeAssemblyAttributes, SyntaxKind.AttributeList);
    }

    private sealed class ReferenceChecker
    {
        private readonly INamedTypeSymbol _attributeType;
        private readonly GapIndex _index;
        private readonly string? _projectDirectory;

        public ReferenceChecker(INamedTypeSymbol attributeType, GapIndex index, string? projectDirectory)
        {
            _attributeType = attributeType;
            _index = index;
            _projectDirectory = projectDirectory;
        }

        public void AnalyzeSymbol(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            Check(context.ReportDiagnostic, symbol.GetAttributes(), context);
            switch (symbol)
            {
                case IMethodSymbol method:
                    Check(context.ReportDiagnostic, method.GetReturnTypeAttributes(), context);
                    foreach (var parameter in method.Parameters)
                    {
                        Check(context.ReportDiagnostic, parameter.GetAttributes(), context);
                    }

                    foreach (var typeParameter in method.TypeParameters)
                    {
                        Check(context.ReportDiagnostic, typeParameter.GetAttributes(), context);
                    }

                    break;
                case IPropertySymbol property:
                    foreach (var parameter in property.Parameters)
                    {
                        Check(context.ReportDiagnostic, parameter.GetAttributes(), context);
                    }

                    break;
                case INamedTypeSymbol type:
                    foreach (var typeParameter in type.TypeParameters)
                    {
                        Check(context.ReportDiagnostic, typeParameter.GetAttributes(), context);
                    }

                    break;
            }
        }

        /// <summary><c>[assembly: ...]</c> and <c>[module: ...]</c> belong to no symbol action.</summary>
        public void AnalyzeAssemblyAttributes(SyntaxNodeAnalysisContext context)
        {
            var list = (AttributeListSyntax)context.Node;
            var target = list.Target?.Identifier.Kind();
            if (target is not (SyntaxKind.AssemblyKeyword or SyntaxKind.ModuleKeyword))
            {
                return;
            }

            var attributes = target == SyntaxKind.AssemblyKeyword
                ? context.Compilation.Assembly.GetAttributes()
                : context.Compilation.SourceModule.GetAttributes();
            var inList = attributes.Where(a => a.ApplicationSyntaxReference?.SyntaxTree == list.SyntaxTree
                && list.Span.Contains(a.ApplicationSyntaxReference.Span));
            foreach (var attribute in inList)
            {
                CheckOne(context.ReportDiagnostic, attribute, context.CancellationToken);
            }
        }

        private void Check(System.Action<Diagnostic> report, ImmutableArray<AttributeData> attributes, SymbolAnalysisContext context)
        {
            foreach (var attribute in attributes)
            {
                CheckOne(report, attribute, context.CancellationToken);
            }
        }

        private void CheckOne(System.Action<Diagnostic> report, AttributeData attribute, System.Threading.CancellationToken cancellationToken)
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attributeType)
                || attribute.ConstructorArguments.Length != 1
                || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
                || syntax.ArgumentList is not { Arguments.Count: > 0 } arguments)
            {
                return;
            }

            var location = arguments.Arguments[0].Expression.GetLocation();
            var id = attribute.ConstructorArguments[0].Value as string;
            if (!GapIdSyntax.IsValid(id))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.InvalidGapId, location, id ?? "null"));
                return;
            }

            if (!_index.TryGet(id!, out var definition))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.UnknownGap, location, id, string.Empty));
                return;
            }

            var gap = definition.Gap;
            if (gap.Status == GapStatusKind.Resolved)
            {
                var status = gap.Fields.FirstOrDefault(f => string.Equals(f.Name, "Status", System.StringComparison.OrdinalIgnoreCase));
                var line = (status?.Position ?? gap.Position).DisplayLine;
                var where = GapFiles.RelativePath(definition.Path, _projectDirectory) + ":" + line.ToString(CultureInfo.InvariantCulture);
                report(Diagnostic.Create(DiagnosticDescriptors.ResolvedGap, location, gap.Id, gap.Title, where));
            }
        }
    }
}
