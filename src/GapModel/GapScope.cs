// Also compiled into the generator (linked), which names these values without loading this assembly.
#if GAPMODEL_GENERATORS
namespace GapModel.Generators.Model;
#else
namespace GapModel;
#endif

/// <summary>How far a gap reaches, the third part of its classification. The text as written is in <see cref="P:GapModel.GapInfo.ScopeText"/>.</summary>
public enum GapScope
{
    /// <summary>No scope was given.</summary>
    Unspecified,

    /// <summary><c>ISOLATED</c>: a single system or component.</summary>
    Isolated,

    /// <summary><c>SYSTEM</c>: several related components.</summary>
    System,

    /// <summary><c>CROSS-CUTTING</c>: several unrelated systems.</summary>
    CrossCutting,

    /// <summary><c>FOUNDATIONAL</c>: core architecture or contracts.</summary>
    Foundational,

    /// <summary>A scope outside the list above (for example <c>Strategic</c>); see <see cref="P:GapModel.GapInfo.ScopeText"/>.</summary>
    Other,
}
