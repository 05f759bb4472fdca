using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GapModel.Generators.Analysis;

/// <summary>
/// Judges one bound <c>[AddressesGap]</c> or <c>[ValidatesGap]</c> against the known gaps and reports at its
/// arguments: the ID (GM0001-GM0005, GM0007, GM0009), the criterion (GM0008) and the <c>Reviewed</c> pin (GM0006).
/// </summary>
internal sealed class AttributeChecker
{
    /// <summary>Property key: the gap's current fingerprint, for the fixes of GM0006 and GM0007.</summary>
    public const string FingerprintProperty = "Fingerprint";


    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    private readonly INamedTypeSymbol _addressesType;
    private readonly INamedTypeSymbol? _validatesType;
    private readonly KnownGaps _known;
    private readonly EnabledRules _rules;

    // rules: what can be reported in this compilation; a rule that is off (GM0004, GM0005 and GM0007 by default) is not
    // judged at all, and GM0004's constant lookup is the checker's costliest work.
    public AttributeChecker(INamedTypeSymbol addressesType, INamedTypeSymbol? validatesType, KnownGaps known, EnabledRules rules)
    {
        _addressesType = addressesType;
        _validatesType = validatesType;
        _known = known;
        _rules = rules;
    }

    public void Check(ImmutableArray<AttributeData> attributes, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (Kind(attribute.AttributeClass) is { } kind)
            {
                CheckOne(kind, attribute, report, cancellationToken);
            }
        }
    }

    private ReferenceKind? Kind(INamedTypeSymbol? type)
        => SymbolEqualityComparer.Default.Equals(type, _addressesType) ? ReferenceKind.Addresses
            : _validatesType is not null && SymbolEqualityComparer.Default.Equals(type, _validatesType) ? ReferenceKind.Validates
            : null;

    private void CheckOne(ReferenceKind kind, AttributeData attribute, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        // A call that does not bind (wrong type, missing argument) is the compiler's to report.
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length != (kind == ReferenceKind.Validates ? 2 : 1)
            || arguments.Any(a => a.Kind == TypedConstantKind.Error)
            || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
            || AttributeArguments.GapIdArgument(syntax) is not { } argument)
        {
            return;
        }

        var reviewed = attribute.NamedArguments.FirstOrDefault(a => a.Key == AttributeNames.ReviewedProperty);
        var reference = new Reference(
            kind,
            arguments[0].Value as string,
            argument,
            kind == ReferenceKind.Validates ? arguments[1].Value as int? : null,
            AttributeArguments.CriterionArgument(syntax),
            reviewed.Key is null ? null : new Pin(reviewed.Value.Value as string, AttributeArguments.ReviewedArgument(syntax)));
        Judge(reference, report, cancellationToken);
    }

    /// <summary>
    /// An attribute on a field-like event's backing field: not public API, so bound from syntax. Rare, and only
    /// attribute lists with the <c>field</c> target get here.
    /// </summary>
    public void CheckBound(AttributeSyntax syntax, SemanticModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(syntax, cancellationToken).Symbol is not IMethodSymbol constructor
            || Kind(constructor.ContainingType) is not { } kind
            || constructor.Parameters.Length != (kind == ReferenceKind.Validates ? 2 : 1)
            || AttributeArguments.GapIdArgument(syntax) is not { } argument
            || model.GetConstantValue(argument, cancellationToken) is not { HasValue: true } value)
        {
            return;
        }

        var criterion = AttributeArguments.CriterionArgument(syntax) is { } criterionSyntax ? model.GetConstantValue(criterionSyntax, cancellationToken) : default;
        var reviewedSyntax = AttributeArguments.ReviewedArgument(syntax);
        var pin = reviewedSyntax is null ? null : new Pin(model.GetConstantValue(reviewedSyntax, cancellationToken).Value as string, reviewedSyntax);
        Judge(new Reference(kind, value.Value as string, argument, criterion.Value as int?, AttributeArguments.CriterionArgument(syntax), pin), report, cancellationToken);
    }

    private void Judge(Reference reference, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var id = reference.Id;
        var location = reference.IdArgument.GetLocation();
        if (!_known.IsValidId(id))
        {
            // 'gap-auth-001', 'GAP_AUTH_001' or 'GAP-AUTH-00l' for a known ID is a misspelling worth a fix, not a shape error.
            if (GapIdSuggester.Suggest(id, _known.Ids(cancellationToken)) is { } respelled)
            {
                ReportUnknown(id!, respelled, location, report, cancellationToken);
                return;
            }

            if (_rules.IsOn(DiagnosticDescriptors.InvalidGapId))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.InvalidGapId, location, id ?? "null"));
            }

            return;
        }

        if (!_known.TryGet(id!, cancellationToken, out var gap))
        {
            // The did-you-mean search runs over every known ID: only for a rule that is on.
            if (_rules.IsOn(DiagnosticDescriptors.UnknownGap))
            {
                ReportUnknown(id!, GapIdSuggester.Suggest(id, _known.Ids(cancellationToken)), location, report, cancellationToken);
            }

            return;
        }

        if (gap.AlsoDefinedBy is { } other && _rules.IsOn(DiagnosticDescriptors.AmbiguousGap))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.AmbiguousGap, location, gap.Id, gap.Assembly!.Name, other.Name));
        }

        if (reference.Kind == ReferenceKind.Addresses)
        {
            switch (gap.Status)
            {
                case GapStatus.Resolved:
                    // The attribute should go, not be rewritten or re-pinned: no GM0004, GM0006 or GM0007 next to it.
                    if (_rules.IsOn(DiagnosticDescriptors.ResolvedGap))
                    {
                        report(Diagnostic.Create(DiagnosticDescriptors.ResolvedGap, location, gap.Id, gap.Title, gap.StatusLocation));
                    }

                    return;
                case GapStatus.InProgress:
                    if (_rules.IsOn(DiagnosticDescriptors.GapInProgress))
                    {
                        report(Diagnostic.Create(DiagnosticDescriptors.GapInProgress, location, gap.Id, gap.Title));
                    }

                    break;
            }
        }
        else if (reference.Criterion is { } criterion && gap.Fingerprint.Length > 0 && (criterion < 1 || criterion > gap.Criteria.Count) && _rules.IsOn(DiagnosticDescriptors.CriterionOutOfRange))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.CriterionOutOfRange,
                (reference.CriterionArgument ?? reference.IdArgument).GetLocation(),
                gap.Id,
                gap.Criteria.Count.ToString(CultureInfo.InvariantCulture),
                criterion.ToString(CultureInfo.InvariantCulture)));
        }

        if (_rules.IsOn(DiagnosticDescriptors.UseGeneratedConstant) && reference.IdArgument.IsKind(SyntaxKind.StringLiteralExpression) && _known.Constant(gap) is { } constant)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UseGeneratedConstant, location, ConstantProperties(constant), gap.Id, Display(constant)));
        }

        // A catalog built before fingerprints existed has none to compare with (nor criteria, above).
        if (gap.Fingerprint.Length == 0)
        {
            return;
        }

        if (reference.Reviewed is not { } pin)
        {
            if (_rules.IsOn(DiagnosticDescriptors.UnpinnedReference))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.UnpinnedReference, location, Fingerprint(gap), gap.Id, gap.Fingerprint));
            }
        }
        else if (!GapFingerprint.Matches(pin.Value, gap.Fingerprint) && pin.Argument is not null)
        {
            if (_rules.IsOn(DiagnosticDescriptors.SuspectReference))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.SuspectReference, pin.Argument.GetLocation(), Fingerprint(gap), gap.Id, pin.Value ?? "null", gap.Fingerprint, gap.EntryLocation));
            }
        }
    }

    private static ImmutableDictionary<string, string?> Fingerprint(KnownGap gap)
        => ImmutableDictionary<string, string?>.Empty.Add(FingerprintProperty, gap.Fingerprint);

    private void ReportUnknown(string id, string? suggestion, Location location, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (!_rules.IsOn(DiagnosticDescriptors.UnknownGap))
        {
            return;
        }

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


    private static ImmutableDictionary<string, string?> ConstantProperties(IFieldSymbol constant)
        => ImmutableDictionary<string, string?>.Empty
            .Add(AddressesGapAnalyzer.ConstantTypeProperty, constant.ContainingType.ToDisplayString(TypeNameFormat))
            .Add(AddressesGapAnalyzer.ConstantNameProperty, constant.Name);

    /// <summary>How the message names the constant: <c>Gaps.Name</c>, as the user would write it.</summary>
    private static string Display(IFieldSymbol constant) => constant.ContainingType.Name + "." + constant.Name;

    private enum ReferenceKind
    {
        Addresses,
        Validates,
    }

    /// <summary><c>Reviewed = "..."</c> as written: its value (null when not a constant string) and where it stands.</summary>
    private sealed record Pin(string? Value, ExpressionSyntax? Argument);

    /// <summary>One attribute's arguments, however it was bound.</summary>
    private sealed record Reference(ReferenceKind Kind, string? Id, ExpressionSyntax IdArgument, int? Criterion, ExpressionSyntax? CriterionArgument, Pin? Reviewed);
}
