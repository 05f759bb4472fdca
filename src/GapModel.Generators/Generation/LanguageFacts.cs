namespace GapModel.Generators.Generation;

/// <summary>
/// What the target project's compilation tells the emitter. GivesInternalsAccess: the assembly names a friend with
/// <c>InternalsVisibleTo</c>, which can then use an internal catalog and needs its definitions.
/// </summary>
internal sealed record LanguageFacts(bool NullableAnnotations, bool HasNotNullWhen, bool GivesInternalsAccess);
