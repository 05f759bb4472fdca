using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Parsing;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// Every example of the "Shapes we read" section of docs/format.md, read as its table says: the page is the test's
/// input, so it cannot drift from the reader.
/// </summary>
public sealed class FormatDocumentationTests
{
    private static readonly Lazy<List<string[]>[]> Tables = new(ReadTables);

    public static TheoryData<string> EntryExamples => Rows(0);

    public static TheoryData<string> FieldExamples => Rows(1);

    public static TheoryData<string> StatusExamples => Rows(2);

    public static TheoryData<string> PriorityExamples => Rows(3);

    [Fact]
    public void The_section_has_the_four_tables_with_examples()
    {
        Assert.Equal(4, Tables.Value.Length);
        Assert.All(Tables.Value, table => Assert.True(table.Count >= 4));
    }

    [Theory]
    [MemberData(nameof(EntryExamples))]
    public void Entry_shapes_read_as_the_table_says(string shape)
    {
        var row = Row(0, shape);
        var example = CodeSpans(row[1]).Single();
        var text = shape == "ID in a table" ? "| ID |\n|---|\n| " + example + " |\n" : example + "\n";

        var document = GapDocumentParser.Parse(text);

        if (row[2].StartsWith("none", StringComparison.Ordinal))
        {
            Assert.Empty(document.Gaps);
            Assert.Equal(row[2].Contains("GM1010") ? [DiagnosticIds.HeadingWithoutSeparator] : Array.Empty<string>(), document.Diagnostics.Select(d => d.Id));
        }
        else
        {
            var gap = Assert.Single(document.Gaps);
            Assert.Equal((row[2], row[3]), (gap.Id, gap.Title));
            Assert.Empty(document.Diagnostics);
        }
    }

    [Theory]
    [MemberData(nameof(FieldExamples))]
    public void Field_shapes_read_as_the_table_says(string shape)
    {
        var row = Row(1, shape);

        var gap = Assert.Single(GapDocumentParser.Parse("### GAP-A: t\n" + CodeSpans(row[1]).Single() + "\n").Gaps);

        var field = Assert.Single(gap.Fields);
        Assert.Equal((row[2], row[3] == "(empty)" ? string.Empty : row[3]), (field.Name, field.Value));
    }

    [Theory]
    [MemberData(nameof(StatusExamples))]
    public void Status_words_read_as_the_table_says(string written)
    {
        var row = Row(2, written);
        var reported = row[1].Contains("GM1003");

        foreach (var example in CodeSpans(row[0]))
        {
            var document = GapDocumentParser.Parse("### GAP-A — t\n- **Status:** " + example + "\n");

            var gap = Assert.Single(document.Gaps);
            Assert.Equal((row[1].Split(',')[0], example), (gap.Status.ToString(), gap.StatusText));
            Assert.Equal(reported ? [DiagnosticIds.UnknownStatus] : Array.Empty<string>(), document.Diagnostics.Select(d => d.Id));
        }
    }

    [Theory]
    [MemberData(nameof(PriorityExamples))]
    public void Priority_words_read_as_the_table_says(string written)
    {
        var row = Row(3, written);
        var reported = row[1].Contains("GM1002");

        foreach (var example in CodeSpans(row[0]))
        {
            var document = GapDocumentParser.Parse("**GAP-A — t**\n- **Priority:** " + example + "\n");

            var gap = Assert.Single(document.Gaps);
            Assert.Equal((row[1].Split(',')[0], example), (gap.Priority.ToString(), gap.PriorityText));
            Assert.Equal(reported ? [DiagnosticIds.UnrecognisedValue] : Array.Empty<string>(), document.Diagnostics.Select(d => d.Id));
        }
    }

    private static TheoryData<string> Rows(int table) => new(Tables.Value[table].Select(r => r[0]));

    private static string[] Row(int table, string key) => Tables.Value[table].Single(r => r[0] == key);

    /// <summary>The rows (cells trimmed, header and delimiter rows left out) of each table of the section.</summary>
    private static List<string[]>[] ReadTables()
    {
        var text = File.ReadAllText(Path.Combine(Infrastructure.RepositoryRoot.Path, "docs", "format.md")).Replace("\r\n", "\n");
        var start = text.IndexOf("\n## Shapes we read\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/format.md has no 'Shapes we read' section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var tables = new List<List<string[]>>();
        List<string[]>? current = null;
        foreach (var line in text.Substring(start, end - start).Split('\n'))
        {
            if (!line.StartsWith("|", StringComparison.Ordinal))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                // The header row.
                current = new List<string[]>();
                tables.Add(current);
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Trim('-', ':').Length == 0))
            {
                continue;
            }

            current.Add(cells);
        }

        return tables.ToArray();
    }

    /// <summary>The contents of the code spans of a cell, as CommonMark reads them (one space stripped at each end when both are there).</summary>
    private static List<string> CodeSpans(string cell)
    {
        var spans = new List<string>();
        var i = 0;
        while ((i = cell.IndexOf('`', i)) >= 0)
        {
            var run = i;
            while (run < cell.Length && cell[run] == '`')
            {
                run++;
            }

            var fence = new string('`', run - i);
            var close = cell.IndexOf(fence, run, StringComparison.Ordinal);
            Assert.True(close >= 0, "unclosed code span in: " + cell);
            var content = cell.Substring(run, close - run);
            if (content.Length > 1 && content[0] == ' ' && content[content.Length - 1] == ' ')
            {
                content = content.Substring(1, content.Length - 2);
            }

            spans.Add(content);
            i = close + fence.Length;
        }

        return spans;
    }
}
