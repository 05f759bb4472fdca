using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>
/// Runs the generator over analyzer-test sources (their <c>{|#n:...|}</c> markup removed), compiles the output and
/// answers <c>GapCatalog.AddressedBy</c> from the compiled catalog, as a user's test would call it.
/// </summary>
internal static partial class AddressedByRun
{
    public static Func<string, IReadOnlyList<string>> Of(AdditionalText gaps, params string[] sources)
        => Of([gaps], sources.Select((s, i) => ("File" + i + ".cs", s)).ToArray());

    /// <summary>Sources with their file names (a <c>.g.cs</c> name marks one as generated, as the analyzer sees it).</summary>
    public static Func<string, IReadOnlyList<string>> Of(IEnumerable<AdditionalText> gaps, params (string Name, string Text)[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.AddSyntaxTrees(sources.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            WithoutMarkup(s.Text), GeneratorHarness.LatestSyntax, path: GeneratorHarness.ProjectDirectory + s.Name)));
        GeneratorHarness.Driver(gaps).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);

        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var context = new AssemblyLoadContext("addressed-by", isCollectible: true);
        try
        {
            var assembly = GeneratorHarness.Load(output, context);
            var addressedBy = assembly.GetType("App.GapCatalog")!.GetMethod("AddressedBy")!;

            // Every ID the assembly's link record names: AddressedBy answers from that record.
            var ids = assembly.GetCustomAttributes(typeof(GapLinksAttribute), false).Cast<GapLinksAttribute>()
                .SelectMany(a => GapModel.Shared.GapLinkFormat.Read(a.Links))
                .Where(link => !link.Validates)
                .Select(link => link.GapId);
            foreach (var id in ids.Distinct())
            {
                answers[id] = ((IEnumerable<string>)addressedBy.Invoke(null, [id])!).ToList();
            }
        }
        finally
        {
            context.Unload();
        }

        return id => answers.TryGetValue(id, out var symbols) ? symbols : [];
    }

    private static string WithoutMarkup(string source) => Markup().Replace(source, string.Empty);

    [GeneratedRegex(@"\{\|#\d+:|\|\}")]
    private static partial Regex Markup();
}
