using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static GapModel.Tests.Generation.GeneratorHarness;

namespace GapModel.Tests.Generation;

/// <summary>The generator must cost nothing on an unrelated keystroke and re-parse only the document that changed.</summary>
public sealed class IncrementalGeneratorTests
{
    private const string Code = """
        using GapModel;

        namespace App;

        [AddressesGap("GAP-DOC0-GAP-001")]
        public sealed class Worker
        {
            public int Count() => 1;

            // A list that lands elsewhere (on the backing field): read by the second provider.
            [field: AddressesGap(Gaps.Doc0Gap002)]
            public int Total { get; set; }
        }
        """;

    private const string UnrelatedCode = "namespace App; public static class Helpers { public static int Two() => 2; }";

    private static List<AdditionalText> TenDocuments() =>
        Enumerable.Range(0, 10)
            .Select(i => Gaps($"gaps/doc{i}.md", $"# Doc {i}\n\n### GAP-DOC{i}-GAP-001: Gap one of doc {i}\n**Status:** OPEN\n\n### GAP-DOC{i}-GAP-002: Gap two\n**Status:** RESOLVED\n"))
            .ToList();

    [Fact]
    public void An_edit_that_touches_no_attribute_leaves_every_output_cached_or_unchanged()
    {
        var compilation = CreateCompilation(Code, UnrelatedCode);
        var driver = Driver(TenDocuments()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(UnrelatedCode.Replace("=> 2", "=> 1 + 1"), LatestSyntax, path: compilation.SyntaxTrees.Last().FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        AssertSteps(result, TrackingNames.ParsedFiles, reason => reason == IncrementalStepRunReason.Cached);
        AssertSteps(result, TrackingNames.Catalog, reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        AssertSteps(result, TrackingNames.LinkRecord, reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_of_ten_documents_reparses_only_that_one()
    {
        var files = TenDocuments();
        var compilation = CreateCompilation(Code);
        var driver = Driver(files).RunGenerators(compilation);

        var edited = Gaps("gaps/doc3.md", "### GAP-DOC3-GAP-001: Renamed\n**Status:** IN_PROGRESS\n");
        driver = driver.ReplaceAdditionalText(files[3], edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(10, parsed.Count);
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(9, parsed.Count(r => r == IncrementalStepRunReason.Cached));
        AssertSteps(result, TrackingNames.Catalog, reason => reason == IncrementalStepRunReason.Modified);
        AssertSteps(result, TrackingNames.LinkRecord, reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_an_attribute_re_emits_the_link_record_but_not_the_catalog()
    {
        var compilation = CreateCompilation(Code);
        var driver = Driver(TenDocuments()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Code.Replace("GAP-DOC0-GAP-001", "GAP-DOC1-GAP-001"), LatestSyntax, path: compilation.SyntaxTrees.Single().FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertSteps(result, TrackingNames.Catalog, reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        AssertSteps(result, TrackingNames.LinkRecord, reason => reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Reordering_the_documents_changes_no_output_byte()
    {
        var files = TenDocuments();
        var forward = Run(files, null, Code).Result;
        var backward = Run(Enumerable.Reverse(files), null, Code).Result;

        var expected = forward.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));
        var actual = backward.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void No_step_holds_a_compilation_symbol_or_syntax_node()
    {
        var compilation = CreateCompilation(Code, UnrelatedCode);
        var result = Driver(TenDocuments()).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.NotEmpty(result.TrackedSteps[TrackingNames.AddressesElsewhere].SelectMany(s => s.Outputs));

        foreach (var step in result.TrackedSteps.Where(s => s.Key is TrackingNames.ParsedFiles or TrackingNames.Catalog or TrackingNames.Addresses or TrackingNames.AddressesElsewhere or TrackingNames.LinkRecord or TrackingNames.Options or TrackingNames.Language))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertSteps(GeneratorRunResult result, string step, Func<IncrementalStepRunReason, bool> expected)
    {
        var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.True(expected(reason), step + ": " + reason));
    }

    // Walks the value's fields: a Compilation, ISymbol or SyntaxNode kept past the first step defeats caching and leaks memory.
    private static void AssertHoldsNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree, path + " holds " + value.GetType());
        if (value is IEnumerable enumerable)
        {
            foreach (var item in enumerable)
            {
                AssertHoldsNoRoslynObjects(item, path + "[]", seen);
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("GapModel", StringComparison.Ordinal) != true && !value.GetType().Name.StartsWith("ValueTuple", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
