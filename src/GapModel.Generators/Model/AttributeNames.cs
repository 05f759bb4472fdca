namespace GapModel.Generators.Model;

/// <summary>Metadata names of the runtime library's attributes, which the generator and the analyzers look for.</summary>
internal static class AttributeNames
{
    public const string AddressesGap = "GapModel.AddressesGapAttribute";
    public const string ValidatesGap = "GapModel.ValidatesGapAttribute";
    public const string GapDefinition = "GapModel.GapDefinitionAttribute";
    public const string GapDefinitions = "GapModel.GapDefinitionsAttribute";
    public const string GapLinks = "GapModel.GapLinksAttribute";

    /// <summary>The named argument that pins a reviewed fingerprint, on both link attributes.</summary>
    public const string ReviewedProperty = "Reviewed";
}
