using System.Linq;
using GapModel.Generators.Generation;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapCatalog.AddressedBy.g.cs</c>: which symbols of this project carry <c>[AddressesGap]</c> for a gap.
/// A file of its own, so editing code re-emits only this and never the catalog.
/// </summary>
internal static class AddressedByEmitter
{
    private const string ReadOnlyStrings = "global::System.Collections.ObjectModel.ReadOnlyCollection<string>";

    public static string Emit(AddressedBySpec spec)
    {
        var writer = GeneratedFile.Begin(spec.Namespace, spec.NullableAnnotations);
        // The attribute goes on the member: the other part of this partial class already carries it.
        writer.WriteLine(GeneratedFile.Visibility(spec.IsPublic) + " static partial class GapCatalog");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The symbols of this project marked <c>[AddressesGap]</c> for the gap with the given ID, as display strings");
        writer.WriteLine("/// (<c>Namespace.Type.Member(parameters)</c>), sorted ordinally; empty when none. No allocation.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> AddressedBy(string id)");
        writer.OpenBlock();
        var groups = spec.Addresses.GroupBy(a => a.GapId).ToList();
        if (groups.Count == 0)
        {
            writer.WriteLine("return AddressedByData.None;");
        }
        else
        {
            writer.WriteLine("switch (id)");
            writer.OpenBlock();
            for (var i = 0; i < groups.Count; i++)
            {
                writer.WriteLine("case " + CSharpText.Literal(groups[i].Key) + ": return AddressedByData.Gap" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
            }

            writer.WriteLine("default: return AddressedByData.None;");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("private static class AddressedByData");
        writer.OpenBlock();
        writer.WriteLine("internal static readonly " + ReadOnlyStrings + " None = new " + ReadOnlyStrings + "(new string[0]);");
        for (var i = 0; i < groups.Count; i++)
        {
            writer.WriteLine("internal static readonly " + ReadOnlyStrings + " Gap" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " = new " + ReadOnlyStrings + "(new string[]");
            writer.OpenBlock();
            foreach (var address in groups[i])
            {
                writer.WriteLine(CSharpText.Literal(address.Symbol) + ",");
            }

            writer.CloseBlock(");");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(spec.Namespace, writer);
    }
}
