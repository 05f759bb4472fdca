using GapModel.Generators.Model;

namespace GapModel.Generators.Generation;

/// <summary>What the emitter needs, as equatable values: an unchanged spec means no new source.</summary>
internal sealed record CatalogSpec(
    string? Namespace,
    bool IsPublic,
    bool RecordsDefinitions,
    bool GenerateCatalog,
    bool NullableAnnotations,
    bool HasNotNullWhen,
    int DocumentCount,
    EquatableArray<CatalogGap> Gaps);
