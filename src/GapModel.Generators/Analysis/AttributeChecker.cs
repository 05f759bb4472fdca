using System;
using System.Collections.Immutable;
using System.Threading;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Analysis;

/// <summary>Judges one bound <c>[AddressesGap]</c> against the known gaps and reports at its argument.</summary>
internal sealed class AttributeChecker
{
    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    private readonly INamedTypeSymbol _attributeType;
    private readonly KnownGaps _known;

    public AttributeChecker(INamedTypeSymbol attributeType, KnownGaps known)
    {
        _attributeType = attributeType;
        _known = known;
    }

    public void Check(ImmutableArray<AttributeData> attributes, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attributeType))
            {
                CheckOne(attribute, report, cancellationToken);
            }
        }
    }

    private void CheckOne(AttributeData attribute, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        // A call that does not bind (wrong type, no argument) is the compiler's to report.
        if (attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error
            || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
            || GapIdArgument(syntax) is not { } argument)
        {
            return;
        }

        CheckValue(attribute.ConstructorArguments[0].Value as string, argument, report, cancellationToken);
    }

    /// <summary>
    /// <c>[field: AddressesGap(...)]</c> on a field-like event: its backing field is not public API, so this one
    /// attribute is bound from syntax. Rare, and only attribute lists with the <c>field</c> target get here.
    /// </summary>
    public void CheckBound(AttributeSyntax syntax, SemanticModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(syntax, cancellationToken).Symbol is not IMethodSymbol { Parameters.Length: 1 } constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, _attributeType)
            || GapIdArgument(syntax) is not { } argument
            || model.GetConstantValue(argument, cancellationToken) is not { HasValue: true } value)
        {
            return;
        }

        CheckValue(value.Value as string, argument, report, cancellationToken);
    }

    private void CheckValue(string? id, ExpressionSyntax argument, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var location = argument.GetLocation();
        if (!_known.IsValidId(id))
        {
            // 'gap-auth-001', 'GAP_AUTH_001' or 'GAP-AUTH-00l' for a known ID is a misspelling worth a fix, not a shape error.
            if (GapIdSuggester.Suggest(id, _known.Ids(cancellationToken)) is { } respelled)
            {
                ReportUnknown(id!, respelled, location, report, cancellationToken);
                return;
            }

            report(Diagnostic.Create(DiagnosticDescriptors.InvalidGapId, location, id ?? "null"));
            return;
        }

        if (!_known.TryGet(id!, cancellationToken, out var gap))
        {
            ReportUnknown(id!, GapIdSuggester.Suggest(id, _known.Ids(cancellationToken)), location, report, cancellationToken);
            return;
        }

        if (gap.AlsoDefinedBy is { } other)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.AmbiguousGap, location, gap.Id, gap.Assembly!.Name, other.Name));
        }

        switch (gap.Status)
        {
            case GapStatusKind.Resolved:
                // The attribute should go, not be rewritten: no GM0004 next to it.
                report(Diagnostic.Create(DiagnosticDescriptors.ResolvedGap, location, gap.Id, gap.Title, gap.StatusLocation));
                return;
            case GapStatusKind.InProgress:
                report(Diagnostic.Create(DiagnosticDescriptors.GapInProgress, location, gap.Id, gap.Title));
                break;
        }

        if (argument.IsKind(SyntaxKind.StringLiteralExpression) && _known.Constant(gap) is { } constant)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UseGeneratedConstant, location, ConstantProperties(constant), gap.Id, Display(constant)));
        }
    }

    private void ReportUnknown(string id, string? suggestion, Location location, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (suggestion is null)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownGap, location, id, string.Empty));
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(AddressesGapAnalyzer.SuggestedIdProperty, suggestion);
        if (_known.TryGet(suggestion, cancellationToken, out var suggested) && _known.Constant(suggested) is { } constant)
        {
            properties = properties.AddRange(ConstantProperties(constant));
        }

        report(Diagnostic.Create(DiagnosticDescriptors.UnknownGap, location, properties, id, "; did you mean '" + suggestion + "'?"));
    }

    /// <summary>The argument that binds to <c>gapId</c>: positional, or named <c>gapId:</c>.</summary>
    private static ExpressionSyntax? GapIdArgument(AttributeSyntax syntax)
    {
        if (syntax.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals is null)
            {
                return argument.Expression;
            }
        }

        return null;
    }

    private static ImmutableDictionary<string, string?> ConstantProperties(IFieldSymbol constant)
        => ImmutableDictionary<string, string?>.Empty
            .Add(AddressesGapAnalyzer.ConstantTypeProperty, constant.ContainingType.ToDisplayString(TypeNameFormat))
            .Add(AddressesGapAnalyzer.ConstantNameProperty, constant.Name);

    /// <summary>How the message names the constant: <c>Gaps.Name</c>, as the user would write it.</summary>
    private static string Display(IFieldSymbol constant) => constant.ContainingType.Name + "." + constant.Name;
}
