using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>Checks that hold for every document the parser reads, whatever its text.</summary>
internal static class ParsedDocumentChecks
{
    /// <summary>Every position is inside the text and on the line and column Roslyn's SourceText gives for its offset.</summary>
    public static void AssertPositionsAgreeWithRoslyn(string text, GapDocumentSpec document)
    {
        var lines = SourceText.From(text).Lines;
        foreach (var position in Positions(document))
        {
            Assert.InRange(position.Offset, 0, text.Length);
            Assert.InRange(position.Length, 0, text.Length - position.Offset);
            var expected = lines.GetLinePosition(position.Offset);
            Assert.Equal((expected.Line, expected.Character), (position.Line, position.Column));
        }
    }

    /// <summary>IDs are well formed and unique; each gap's position covers its ID where the ID is written verbatim.</summary>
    public static void AssertGapsAreWellFormed(string text, GapDocumentSpec document)
    {
        Assert.All(document.Gaps, g => Assert.True(GapIdSyntax.IsValid(g.Id), g.Id));
        Assert.Equal(document.Gaps.Count, document.Gaps.Select(g => g.Id).Distinct().Count());
        Assert.All(document.Gaps, g =>
        {
            if (text.Substring(g.Position.Offset, g.Position.Length) != g.Id)
            {
                // Only an ID written with escapes or entities is not found verbatim in its block.
                Assert.DoesNotContain(g.Id, text.Substring(g.Position.Offset, System.Math.Min(200, text.Length - g.Position.Offset)));
            }
        });
    }

    /// <summary>Everything but offsets, which a BOM or CRLF line ends shift.</summary>
    public static IEnumerable<string> Describe(GapDocumentSpec document)
        => document.Gaps.Select(g => string.Join("|", g.Id, g.Title, g.Position.Line, g.Position.Column, g.Status, g.StatusText, g.Priority, g.PriorityText, g.Type, g.TypeText, g.Scope, g.ScopeText,
                string.Join(";", g.SystemsAffected),
                string.Join(";", g.Fields.Select(f => f.Name + "=" + f.Value + "@" + f.Position.Line + ":" + f.Position.Column + "[" + string.Join(",", f.Items.Select(i => i.Text + i.IsDone + i.Position.Line + ":" + i.Position.Column)) + "]"))))
            .Concat(document.Diagnostics.Select(d => d.Id + "@" + d.Position.Line + ":" + d.Position.Column + ":" + string.Join(",", d.MessageArgs)))
            .Append("total=" + document.DeclaredTotal);

    private static IEnumerable<SourcePosition> Positions(GapDocumentSpec document)
    {
        foreach (var gap in document.Gaps)
        {
            yield return gap.Position;
            foreach (var field in gap.Fields)
            {
                yield return field.Position;
                foreach (var item in field.Items)
                {
                    yield return item.Position;
                }
            }
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            yield return diagnostic.Position;
        }
    }
}
