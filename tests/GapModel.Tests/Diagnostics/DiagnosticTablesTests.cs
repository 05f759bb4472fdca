using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Diagnostics;

/// <summary>
/// The diagnostic tables of the docs are written from the descriptors, between <c>&lt;!-- diagnostics: … --&gt;</c>
/// markers, so a new or renamed rule cannot be missing from them. <c>GAPMODEL_APPROVE=1</c> rewrites them.
/// </summary>
public sealed class DiagnosticTablesTests
{
    [Theory]
    [InlineData("docs/README.md", "all")]
    [InlineData("docs/format.md", "documents")]
    public void The_table_in_the_docs_is_the_one_the_descriptors_give(string file, string selection)
    {
        var path = Path.Combine(RepositoryRoot.Path, file);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var start = "<!-- diagnostics: " + selection + " (written by DiagnosticTablesTests from the descriptors) -->\n";
        const string end = "<!-- /diagnostics -->";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from < 0 ? 0 : from, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, file + " has no '" + start.TrimEnd() + "' ... '" + end + "' block");

        var expected = Table(selection == "all"
            ? DiagnosticDescriptors.All
            : DiagnosticDescriptors.All.Where(d => d.Category == DiagnosticDescriptors.DocumentRules[0].Category));
        var actual = text.Substring(from + start.Length, to - from - start.Length);
        if (Environment.GetEnvironmentVariable("GAPMODEL_APPROVE") == "1" && actual != expected)
        {
            File.WriteAllText(path, text.Substring(0, from + start.Length) + expected + text.Substring(to));
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static string Table(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var lines = new List<string> { "| ID | Severity | Title |", "| --- | --- | --- |" };
        foreach (var descriptor in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            lines.Add("| [" + descriptor.Id + "](diagnostics/" + descriptor.Id + ".md) | " + Severity(descriptor) + " | " + descriptor.Title + " |");
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Severity(DiagnosticDescriptor descriptor)
        => descriptor.DefaultSeverity
            + (descriptor.IsEnabledByDefault ? string.Empty : ", off by default")
            + (descriptor.Category == DiagnosticDescriptors.CoverageRules[0].Category ? ", with a coverage policy" : string.Empty);
}
