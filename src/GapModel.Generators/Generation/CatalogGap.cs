using GapModel.Generators.Model;

namespace GapModel.Generators.Generation;

/// <summary>One gap as the catalog shows it: its constant's name and its document relative to the project.</summary>
internal sealed record CatalogGap(GapSpec Gap, string ConstantName, string SourcePath)
{
    public string Fingerprint => GapFingerprint.Of(Gap);
}
