using System.Globalization;
using System.Linq;
using GapModel.Generators.Generation;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapDefinitions.g.cs</c> for a public catalog, or an internal one with friends (<c>InternalsVisibleTo</c>):
/// one assembly attribute per gap, which the analyzer of a referencing project reads, so code there can address these
/// gaps and sees their current status.
/// </summary>
internal static class DefinitionsEmitter
{
    public static string Emit(CatalogSpec spec)
    {
        var writer = GeneratedFile.Begin(ns: null, spec.NullableAnnotations);
        var constantClass = spec.Namespace is null ? "Gaps." : spec.Namespace + ".Gaps.";
        foreach (var entry in spec.Gaps)
        {
            var gap = entry.Gap;
            var status = gap.Field("Status");
            writer.WriteLine("[assembly: " + GeneratedFile.Runtime + "GapDefinition("
                + CSharpText.Literal(gap.Id) + ", "
                + CSharpText.Literal(gap.Title) + ", "
                + GeneratedFile.Runtime + "GapStatus." + gap.Status + ", "
                + CSharpText.Literal(entry.SourcePath) + ", "
                + gap.Position.DisplayLine.ToString(CultureInfo.InvariantCulture)
                + ", StatusLine = " + (status?.Position.DisplayLine ?? 0).ToString(CultureInfo.InvariantCulture)
                + ", Constant = " + CSharpText.Literal(constantClass + entry.ConstantName.TrimStart('@'))
                + ", Priority = " + GeneratedFile.Runtime + "GapPriority." + gap.Priority
                + ", Fingerprint = " + CSharpText.Literal(entry.Fingerprint)
                + Criteria(gap) + ")]");
        }

        return writer.ToString();
    }

    /// <summary>The criteria's text, so [ValidatesGap] in a referencing project is checked (GM0008) and documented.</summary>
    private static string Criteria(Model.GapSpec gap)
        => gap.ValidationCriteria.Count == 0
            ? string.Empty
            : ", Criteria = new string[] { " + string.Join(", ", gap.ValidationCriteria.Select(c => CSharpText.Literal(c.Text))) + " }";
}
