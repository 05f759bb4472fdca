namespace GapModel.Generators.Model;

// These mirror the runtime enums in GapModel.dll, which the compiler does not load; the emitter
// writes them by name, so the names must match GapModel.GapStatus, GapPriority, GapType and GapScope.

internal enum GapStatusKind
{
    Open,
    InProgress,
    Resolved,
}

internal enum GapPriorityKind
{
    Unspecified,
    P0,
    P1,
    P2,
    P3,
}

internal enum GapTypeKind
{
    Unspecified,
    Architectural,
    Security,
    Integration,
    Performance,
    UiUx,
    Testing,
    Documentation,
    Other,
}

internal enum GapScopeKind
{
    Unspecified,
    Isolated,
    System,
    CrossCutting,
    Foundational,
    Other,
}
