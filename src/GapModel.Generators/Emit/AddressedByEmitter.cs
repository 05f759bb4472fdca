using GapModel.Generators.Generation;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapCatalog.AddressedBy.g.cs</c>: which symbols of this project carry <c>[AddressesGap]</c> for a gap.
/// A file of its own, so editing code re-emits only this and never the catalog. The pairs are data grouped on first
/// use: a switch and a field per gap made thousands of references cost the compiler seconds.
/// </summary>
internal static class AddressedByEmitter
{
    private const string ReadOnlyStrings = "global::System.Collections.ObjectModel.ReadOnlyCollection<string>";
    private const string Dictionary = "global::System.Collections.Generic.Dictionary<string, " + ReadOnlyStrings + ">";

    public static string Emit(AddressedBySpec spec)
    {
        var writer = GeneratedFile.Begin(spec.Namespace, spec.NullableAnnotations);

        // The attribute goes on the member: the other part of this partial class already carries it.
        writer.WriteLine(GeneratedFile.Visibility(spec.IsPublic) + " static partial class GapCatalog");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The symbols of this project marked <c>[AddressesGap]</c> for the gap with the given ID, as display strings");
        writer.WriteLine("/// (<c>Namespace.Type.Member(parameters)</c>; a part of a member after it: <c>... parameter name</c>,");
        writer.WriteLine("/// <c>... return value</c>, <c>... backing field</c>, <c>... lambda</c>), sorted ordinally; empty when none. No allocation.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> AddressedBy(string id)");
        writer.OpenBlock();
        writer.WriteLine(ReadOnlyStrings + (spec.NullableAnnotations ? "?" : string.Empty) + " symbols;");
        writer.WriteLine("return id != null && AddressedByData.ById.TryGetValue(id, out symbols) ? symbols : AddressedByData.None;");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("private static class AddressedByData");
        writer.OpenBlock();
        writer.WriteLine("internal static readonly " + ReadOnlyStrings + " None = new " + ReadOnlyStrings + "(new string[0]);");
        writer.WriteLine("internal static readonly " + Dictionary + " ById = Group(new string[]");
        writer.OpenBlock();
        writer.WriteLine("// Gap ID, symbol; sorted by ID, then symbol.");
        foreach (var address in spec.Addresses)
        {
            writer.WriteLine(CSharpText.Literal(address.GapId) + ", " + CSharpText.Literal(address.Symbol) + ",");
        }

        writer.CloseBlock(");");
        writer.WriteLine();
        writer.WriteLine("private static " + Dictionary + " Group(string[] pairs)");
        writer.OpenBlock();
        writer.WriteLine("var byId = new " + Dictionary + "(global::System.StringComparer.Ordinal);");
        writer.WriteLine("for (var start = 0; start < pairs.Length;)");
        writer.OpenBlock();
        writer.WriteLine("var end = start;");
        writer.WriteLine("while (end < pairs.Length && pairs[end] == pairs[start])");
        writer.OpenBlock();
        writer.WriteLine("end += 2;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var symbols = new string[(end - start) / 2];");
        writer.WriteLine("for (var i = 0; i < symbols.Length; i++)");
        writer.OpenBlock();
        writer.WriteLine("symbols[i] = pairs[start + (2 * i) + 1];");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("byId.Add(pairs[start], new " + ReadOnlyStrings + "(symbols));");
        writer.WriteLine("start = end;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return byId;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(spec.Namespace, writer);
    }
}
