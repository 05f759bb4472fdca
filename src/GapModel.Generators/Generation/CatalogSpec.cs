using GapModel.Generators.Model;

namespace GapModel.Generators.Generation;

/// <summary>What the emitter needs, as equatable values: an unchanged spec means no new source.</summary>
internal sealed record CatalogSpec(
    string? Namespace,
    bool IsPublic,
    bool NullableAnnotations,
    bool HasNotNullWhen,
    int DocumentCount,
    EquatableArray<CatalogGap> Gaps);

/// <summary>One gap as the catalog shows it: its constant's name and its document relative to the project.</summary>
internal sealed record CatalogGap(GapSpec Gap, string ConstantName, string SourcePath);

/// <summary>What the target project's compilation tells the emitter.</summary>
internal readonly record struct LanguageFacts(bool NullableAnnotations, bool HasNotNullWhen);
