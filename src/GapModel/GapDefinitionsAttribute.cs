using System;
using System.ComponentModel;

namespace GapModel;

/// <summary>
/// Records, in the metadata of an assembly built with GapModel (a public catalog, an internal one with friends, or a
/// project that asks for a report), every gap its documents define, in one string: the analyzer of every referencing
/// project and the report writer read it. Emitted by the generator; not meant to be written by hand. The format belongs
/// to the package version that wrote it. <see cref="GapDefinitionAttribute"/>, one attribute per gap, is still read.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GapDefinitionsAttribute : Attribute
{
    /// <summary>Records the gaps.</summary>
    /// <param name="records">The gaps, encoded.</param>
    public GapDefinitionsAttribute(string records) => Records = records;

    /// <summary>The gaps, encoded.</summary>
    public string Records { get; }
}
