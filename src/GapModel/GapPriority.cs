// Also compiled into the generator (linked), which names these values without loading this assembly.
#if GAPMODEL_GENERATORS
namespace GapModel.Generators.Model;
#else
namespace GapModel;
#endif

/// <summary>The priority of a gap; the P-number of its priority text decides (<c>P0-CRITICAL</c>, <c>Critical (P1)</c>, <c>P2</c>).</summary>
public enum GapPriority
{
    /// <summary>No P-number was given.</summary>
    Unspecified,

    /// <summary>P0: blocks the foundation.</summary>
    P0,

    /// <summary>P1: significantly impacts reliability or developer experience.</summary>
    P1,

    /// <summary>P2: quality-of-life improvement or edge case.</summary>
    P2,

    /// <summary>P3: nice to have.</summary>
    P3,
}
