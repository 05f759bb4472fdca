using System.Globalization;
using System.Linq;
using GapModel.Generators.Generation;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapCatalog.AddressedBy.g.cs</c>: which symbols of this project carry <c>[AddressesGap]</c> or
/// <c>[ValidatesGap]</c> for a gap. A file of its own, so editing code re-emits only this and never the catalog. The
/// links are data grouped on first use: a switch and a field per gap made thousands of references cost the compiler seconds.
/// </summary>
internal static class AddressedByEmitter
{
    private const string ReadOnlyStrings = "global::System.Collections.ObjectModel.ReadOnlyCollection<string>";
    private const string ReadOnlyValidations = "global::System.Collections.ObjectModel.ReadOnlyCollection<" + GeneratedFile.Runtime + "GapValidation>";
    private const string Addressed = "global::System.Collections.Generic.Dictionary<string, " + ReadOnlyStrings + ">";
    private const string Validated = "global::System.Collections.Generic.Dictionary<string, " + ReadOnlyValidations + ">";

    public static string Emit(LinksSpec spec)
    {
        var writer = GeneratedFile.Begin(spec.Namespace, spec.NullableAnnotations);
        var nullable = spec.NullableAnnotations ? "?" : string.Empty;

        // The attribute goes on the member: the other part of this partial class already carries it.
        writer.WriteLine(GeneratedFile.Visibility(spec.IsPublic) + " static partial class GapCatalog");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The symbols of this project marked <c>[AddressesGap]</c> for the gap with the given ID, as display strings");
        writer.WriteLine("/// (<c>Namespace.Type.Member(parameters)</c>; a member's parts as <c>… parameter p</c>, <c>… return value</c>,");
        writer.WriteLine("/// <c>… backing field</c>, <c>… lambda</c>), sorted ordinally; empty when none. No allocation.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> AddressedBy(string id)");
        writer.OpenBlock();
        writer.WriteLine(ReadOnlyStrings + nullable + " symbols;");
        writer.WriteLine("return id != null && LinkData.AddressedBy.TryGetValue(id, out symbols) ? symbols : LinkData.NoSymbols;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The symbols of this project marked <c>[ValidatesGap]</c> for the gap with the given ID, with the criterion each");
        writer.WriteLine("/// validates, sorted by criterion, then symbol; empty when none. No allocation.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + GeneratedFile.Runtime + "GapValidation> ValidatedBy(string id)");
        writer.OpenBlock();
        writer.WriteLine(ReadOnlyValidations + nullable + " validations;");
        writer.WriteLine("return id != null && LinkData.ValidatedBy.TryGetValue(id, out validations) ? validations : LinkData.NoValidations;");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("private static class LinkData");
        writer.OpenBlock();
        writer.WriteLine("internal static readonly " + ReadOnlyStrings + " NoSymbols = new " + ReadOnlyStrings + "(new string[0]);");
        writer.WriteLine("internal static readonly " + ReadOnlyValidations + " NoValidations = new " + ReadOnlyValidations + "(new " + GeneratedFile.Runtime + "GapValidation[0]);");
        writer.WriteLine();
        writer.WriteLine("internal static readonly " + Addressed + " AddressedBy = GroupAddresses(new string[]");
        writer.OpenBlock();
        writer.WriteLine("// Gap ID, symbol; sorted by ID, then symbol.");
        foreach (var (gapId, symbol) in spec.Links.Where(l => l.Kind == LinkKind.Addresses).Select(l => (l.GapId, l.Symbol)).Distinct())
        {
            writer.WriteLine(CSharpText.Literal(gapId) + ", " + CSharpText.Literal(symbol) + ",");
        }

        writer.CloseBlock(");");
        writer.WriteLine();
        writer.WriteLine("internal static readonly " + Validated + " ValidatedBy = GroupValidations(new string[]");
        writer.OpenBlock();
        writer.WriteLine("// Gap ID, criterion, symbol; sorted by ID, criterion, then symbol.");
        foreach (var (gapId, criterion, symbol) in spec.Links.Where(l => l.Kind == LinkKind.Validates).Select(l => (l.GapId, l.Criterion, l.Symbol)).Distinct())
        {
            writer.WriteLine(CSharpText.Literal(gapId) + ", \"" + criterion.ToString(CultureInfo.InvariantCulture) + "\", " + CSharpText.Literal(symbol) + ",");
        }

        writer.CloseBlock(");");
        writer.WriteLine();
        WriteGroup(writer, "GroupAddresses", Addressed, ReadOnlyStrings, "string", stride: 2, item: "pairs[start + (2 * i) + 1]");
        writer.WriteLine();
        WriteGroup(writer, "GroupValidations", Validated, ReadOnlyValidations, GeneratedFile.Runtime + "GapValidation", stride: 3,
            item: "new " + GeneratedFile.Runtime + "GapValidation(pairs[start + (3 * i) + 2], int.Parse(pairs[start + (3 * i) + 1], global::System.Globalization.CultureInfo.InvariantCulture))");
        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(spec.Namespace, writer);
    }

    /// <summary>A method that groups the runs of one ID in a flat array of records of <paramref name="stride"/> strings.</summary>
    private static void WriteGroup(SourceWriter writer, string name, string dictionary, string list, string element, int stride, string item)
    {
        var size = stride.ToString(CultureInfo.InvariantCulture);
        writer.WriteLine("private static " + dictionary + " " + name + "(string[] pairs)");
        writer.OpenBlock();
        writer.WriteLine("var byId = new " + dictionary + "(global::System.StringComparer.Ordinal);");
        writer.WriteLine("for (var start = 0; start < pairs.Length;)");
        writer.OpenBlock();
        writer.WriteLine("var end = start;");
        writer.WriteLine("while (end < pairs.Length && pairs[end] == pairs[start])");
        writer.OpenBlock();
        writer.WriteLine("end += " + size + ";");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var items = new " + element + "[(end - start) / " + size + "];");
        writer.WriteLine("for (var i = 0; i < items.Length; i++)");
        writer.OpenBlock();
        writer.WriteLine("items[i] = " + item + ";");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("byId.Add(pairs[start], new " + list + "(items));");
        writer.WriteLine("start = end;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return byId;");
        writer.CloseBlock();
    }
}
