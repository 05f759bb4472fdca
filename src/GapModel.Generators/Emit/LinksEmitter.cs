using System.Runtime.CompilerServices;
using System.Text;
using GapModel.Generators.Generation;
using GapModel.Shared;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapLinks.g.cs</c>: the project's links as one <c>[assembly: GapLinks("…")]</c> (format in
/// <c>GapModel.GapLinksAttribute</c>), so projects that reference this assembly can count them. One literal: the
/// compiler takes thousands of links in one string for almost nothing, where an attribute per link costs.
/// </summary>
internal static class LinksEmitter
{
    [MethodImpl(Optimized.Always)]
    public static SourceWriter Emit(LinksSpec spec)
    {
        var text = new StringBuilder();
        foreach (var link in spec.Links)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            GapLinkFormat.Append(text, link.Kind == LinkKind.Validates, link.GapId, link.Criterion, link.Symbol, link.Path, link.Line, link.Pin);
        }

        var writer = GeneratedFile.Begin(ns: null, spec.NullableAnnotations);
        writer.WriteLine("[assembly: " + GeneratedFile.Runtime + "GapLinks(" + CSharpText.Literal(text.ToString()) + ")]");
        return writer;
    }
}
