using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>
/// What the analyzers judge at all: a rule that is off in a compilation is never made, so these must agree with what
/// the compiler would report, in every place a user can turn a rule on or off.
/// </summary>
public sealed class EnabledRulesTests
{
    // GM0007 (unpinned) is off by default, GM0001 (unknown) on.
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(DiagnosticDescriptors.UnpinnedReference, DiagnosticDescriptors.UnknownGap);

    /// <summary>Severities from .editorconfig sections (per file) and .globalconfig (global), as the compiler hands them on.</summary>
    private sealed class TreeOptions(Dictionary<(string Path, string Id), ReportDiagnostic> perTree, Dictionary<string, ReportDiagnostic> global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => perTree.TryGetValue((tree.FilePath, diagnosticId), out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => global.TryGetValue(diagnosticId, out severity);
    }

    private static EnabledRules Read(
        Dictionary<string, ReportDiagnostic>? specific = null,
        Dictionary<(string, string), ReportDiagnostic>? perTree = null,
        Dictionary<string, ReportDiagnostic>? global = null)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(specific ?? new Dictionary<string, ReportDiagnostic>())
            .WithSyntaxTreeOptionsProvider(new TreeOptions(perTree ?? new(), global ?? new()));
        var compilation = CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText("class A { }", path: "/p/A.cs"), CSharpSyntaxTree.ParseText("class B { }", path: "/p/B.cs") },
            options: options);
        return EnabledRules.Read(compilation, Rules, CancellationToken.None);
    }

    [Fact]
    public void By_default_a_rule_is_on_as_its_descriptor_says()
    {
        var rules = Read();

        Assert.False(rules.IsOn(DiagnosticDescriptors.UnpinnedReference));
        Assert.True(rules.IsOn(DiagnosticDescriptors.UnknownGap));
    }

    [Fact]
    public void A_global_severity_turns_a_rule_on_or_off()
    {
        var rules = Read(global: new() { ["GM0007"] = ReportDiagnostic.Info, ["GM0001"] = ReportDiagnostic.Suppress });

        Assert.True(rules.IsOn(DiagnosticDescriptors.UnpinnedReference));
        Assert.False(rules.IsOn(DiagnosticDescriptors.UnknownGap));
    }

    [Fact]
    public void A_section_of_one_file_turns_a_rule_on_for_the_compilation_even_when_it_is_off_globally()
    {
        var rules = Read(
            perTree: new() { [("/p/B.cs", "GM0007")] = ReportDiagnostic.Warn },
            global: new() { ["GM0007"] = ReportDiagnostic.Suppress });

        Assert.True(rules.IsOn(DiagnosticDescriptors.UnpinnedReference));
    }

    [Fact]
    public void A_rule_off_in_one_file_stays_on_for_the_others()
    {
        var rules = Read(perTree: new() { [("/p/A.cs", "GM0001")] = ReportDiagnostic.Suppress });

        Assert.True(rules.IsOn(DiagnosticDescriptors.UnknownGap));
    }

    [Fact]
    public void NoWarn_and_rule_sets_win_over_everything_else()
    {
        var rules = Read(
            specific: new() { ["GM0001"] = ReportDiagnostic.Suppress, ["GM0007"] = ReportDiagnostic.Error },
            global: new() { ["GM0001"] = ReportDiagnostic.Warn, ["GM0007"] = ReportDiagnostic.Suppress });

        Assert.False(rules.IsOn(DiagnosticDescriptors.UnknownGap));
        Assert.True(rules.IsOn(DiagnosticDescriptors.UnpinnedReference));
    }

    [Fact]
    public void Default_severity_in_configuration_keeps_the_descriptors_choice()
    {
        var rules = Read(global: new() { ["GM0007"] = ReportDiagnostic.Default, ["GM0001"] = ReportDiagnostic.Default });

        Assert.False(rules.IsOn(DiagnosticDescriptors.UnpinnedReference));
        Assert.True(rules.IsOn(DiagnosticDescriptors.UnknownGap));
    }
}
