using System;
using System.ComponentModel;

namespace GapModel;

/// <summary>
/// Records, in the metadata of an assembly built with GapModel, every <c>[AddressesGap]</c> and <c>[ValidatesGap]</c>
/// of its code, whatever the members' accessibility: the coverage rules (GM1008, GM1009) of a project that references
/// it count them. Emitted by the generator; not meant to be written by hand.
/// </summary>
/// <remarks>
/// One line per link, fields separated by a tab: <c>A</c>, the gap ID and the symbol for an <c>[AddressesGap]</c>;
/// <c>V</c>, the gap ID, the criterion and the symbol for a <c>[ValidatesGap]</c>; then the file (relative to the
/// project), the line and the <c>Reviewed</c> pin (empty when none), which a report shows. A backslash, tab, line
/// feed or carriage return in a field is written <c>\\</c>, <c>\t</c>, <c>\n</c> or <c>\r</c>. The generated
/// <c>GapCatalog.AddressedBy</c> and <c>ValidatedBy</c> read it too. The format belongs to the package version that
/// wrote it; readers skip lines they do not understand and fields they do not know.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GapLinksAttribute : Attribute
{
    /// <summary>Records the links.</summary>
    /// <param name="links">The links, one per line.</param>
    public GapLinksAttribute(string links) => Links = links;

    /// <summary>The links, one per line.</summary>
    public string Links { get; }
}
