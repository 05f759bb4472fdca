using GapModel.Generators.Generation;

namespace GapModel.Generators.Emit;

/// <summary>
/// Writes <c>GapCatalog.AddressedBy.g.cs</c>: which symbols of this project carry <c>[AddressesGap]</c> or
/// <c>[ValidatesGap]</c> for a gap. No data of its own: the links are read on first use from the assembly's
/// <c>[assembly: GapLinks]</c> record (<c>GapLinks.g.cs</c>), which the assembly carries anyway, so they are compiled
/// once and editing code never re-emits this file.
/// </summary>
internal static class AddressedByEmitter
{
    private const string LinkIndex = GeneratedFile.Runtime + "GapLinkIndex";

    public static SourceWriter Emit(CatalogSpec spec)
    {
        var writer = GeneratedFile.Begin(spec.Namespace, spec.NullableAnnotations);

        // The attribute goes on the member: the other part of this partial class already carries it.
        writer.WriteLine(GeneratedFile.Visibility(spec.IsPublic) + " static partial class GapCatalog");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The symbols of this project marked <c>[AddressesGap]</c> for the gap with the given ID, as display strings");
        writer.WriteLine("/// (<c>Namespace.Type.Member(parameters)</c>; a member's parts as <c>… parameter p</c>, <c>… return value</c>,");
        writer.WriteLine("/// <c>… backing field</c>, <c>… lambda</c>), sorted ordinally; empty when none. No allocation after the first call.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> AddressedBy(string id)");
        writer.OpenBlock();
        writer.WriteLine("return LinkData.Index.AddressedBy(id);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The symbols of this project marked <c>[ValidatesGap]</c> for the gap with the given ID, with the criterion each");
        writer.WriteLine("/// validates, sorted by criterion, then symbol; empty when none. No allocation after the first call.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<" + GeneratedFile.Runtime + "GapValidation> ValidatedBy(string id)");
        writer.OpenBlock();
        writer.WriteLine("return LinkData.Index.ValidatedBy(id);");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("private static class LinkData");
        writer.OpenBlock();
        writer.WriteLine("internal static readonly " + LinkIndex + " Index = " + LinkIndex + ".Read(typeof(GapCatalog).Assembly);");
        writer.CloseBlock();
        writer.CloseBlock();
        return GeneratedFile.End(spec.Namespace, writer);
    }
}
