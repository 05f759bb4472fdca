using System.Globalization;
using System.Text;
using GapModel.Generators.Generation;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapLinks.g.cs</c>: the project's links as one <c>[assembly: GapLinks("…")]</c> (format in
/// <c>GapModel.GapLinksAttribute</c>), so projects that reference this assembly can count them. One literal: the
/// compiler takes thousands of links in one string for almost nothing, where an attribute per link costs.
/// </summary>
internal static class LinksEmitter
{
    public static string Emit(LinksSpec spec)
    {
        var text = new StringBuilder();
        foreach (var link in spec.Links)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            if (link.Kind == LinkKind.Addresses)
            {
                text.Append("A\t").Append(link.GapId).Append('\t').Append(link.Symbol);
            }
            else
            {
                text.Append("V\t").Append(link.GapId).Append('\t').Append(link.Criterion.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(link.Symbol);
            }

            if (spec.WithPlaces)
            {
                // Tabs and line ends cannot occur in a path or a pin that matters; they are replaced rather than break the format.
                text.Append('\t').Append(Field(link.Path)).Append('\t').Append(link.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Field(link.Pin ?? string.Empty));
            }
        }

        var writer = GeneratedFile.Begin(ns: null, spec.NullableAnnotations);
        writer.WriteLine("[assembly: " + GeneratedFile.Runtime + "GapLinks(" + CSharpText.Literal(text.ToString()) + ")]");
        return writer.ToString();
    }

    private static string Field(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
