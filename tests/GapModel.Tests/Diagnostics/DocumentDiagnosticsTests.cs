using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Model;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Diagnostics;

/// <summary>
/// Every problem of a gap document is made by a <see cref="DocumentDiagnostics"/> factory: each fills exactly the
/// arguments its rule's message has, every document rule has one, and nothing else makes them.
/// </summary>
public sealed class DocumentDiagnosticsTests
{
    private static readonly SourcePosition Where = new(5, 2, 1, 3);

    private static IEnumerable<MethodInfo> Factories => typeof(DocumentDiagnostics)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(MarkdownDiagnostic));

    public static TheoryData<string> FactorySignatures => new(Factories.Select(Signature));

    [Theory]
    [MemberData(nameof(FactorySignatures))]
    public void A_factory_fills_every_placeholder_of_its_rule_with_its_arguments(string signature)
    {
        var factory = Factories.Single(m => Signature(m) == signature);
        var samples = factory.GetParameters().Select((p, i) => Sample(p.ParameterType, i)).ToArray();

        var diagnostic = (MarkdownDiagnostic)factory.Invoke(null, samples)!;

        var descriptor = DiagnosticDescriptors.Get(diagnostic.Id);
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var placeholders = Regex.Matches(format, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.Equal(placeholders.Count, diagnostic.MessageArgs.Count);
        Assert.Equal(Enumerable.Range(0, placeholders.Count), placeholders.OrderBy(p => p));
        Assert.Equal(Where, diagnostic.Position);

        // Each argument given reaches the message: a factory cannot drop one.
        foreach (var sample in samples.Where(s => s is not SourcePosition))
        {
            var texts = sample is IEnumerable<string> list ? list : [Convert.ToString(sample, CultureInfo.InvariantCulture)!];
            Assert.All(texts, text => Assert.Contains(diagnostic.MessageArgs, arg => arg.Contains(text, StringComparison.Ordinal)));
        }

        var message = DocumentDiagnostics.ToDiagnostic(diagnostic, Location.None).GetMessage(CultureInfo.InvariantCulture);
        Assert.DoesNotMatch(@"\{\d+\}", message);
    }

    [Fact]
    public void Every_document_rule_has_a_factory_and_every_factory_makes_a_document_rule()
    {
        var made = Factories.Select(f => ((MarkdownDiagnostic)f.Invoke(null, f.GetParameters().Select((p, i) => Sample(p.ParameterType, i)).ToArray())!).Id).Distinct().OrderBy(id => id);

        Assert.Equal(DiagnosticDescriptors.DocumentRules.Select(d => d.Id).OrderBy(id => id), made);
    }

    [Fact]
    public void Nothing_but_the_factories_makes_a_document_rule()
    {
        var ruleFields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetValue(null) is DiagnosticDescriptor d && DiagnosticDescriptors.DocumentRules.Contains(d))
            .Select(f => "DiagnosticDescriptors." + f.Name + ",")
            .ToList();
        var source = Path.Combine(RepositoryRoot.Path, "src", "GapModel.Generators");
        var offenders = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && Path.GetFileName(path) is not ("DocumentDiagnostics.cs" or "DiagnosticDescriptors.cs"))
            .Where(path => File.ReadAllText(path) is var text
                && (Regex.IsMatch(text, @"new\s+([\w.]+\.)?MarkdownDiagnostic\s*\(") || ruleFields.Any(field => Regex.IsMatch(text, @"Diagnostic\.Create\(\s*" + Regex.Escape(field)))))
            .Select(path => Path.GetRelativePath(source, path))
            .ToList();

        Assert.Empty(offenders);
    }

    private static string Signature(MethodInfo method)
        => method.Name + "(" + string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name)) + ")";

    /// <summary>A distinct value for parameter <paramref name="index"/>, findable in the message arguments.</summary>
    private static object Sample(Type type, int index) => type switch
    {
        _ when type == typeof(string) => "arg" + index,
        _ when type == typeof(int) => 7100 + index,
        _ when type == typeof(SourcePosition) => Where,
        _ when type == typeof(IReadOnlyList<string>) => new[] { "first" + index, "second" + index },
        _ => throw new NotSupportedException("No sample for a " + type + " parameter: add one here."),
    };
}
