// Also compiled into the generator (linked), which names these values without loading this assembly.
#if GAPMODEL_GENERATORS
namespace GapModel.Generators.Model;
#else
namespace GapModel;
#endif

/// <summary>The kind of gap, the first part of its classification. The text as written is in <see cref="P:GapModel.GapInfo.TypeText"/>.</summary>
public enum GapType
{
    /// <summary>No type was given.</summary>
    Unspecified,

    /// <summary><c>ARCHITECTURAL</c> (or <c>Architecture</c>): a missing capability or design flaw.</summary>
    Architectural,

    /// <summary><c>SECURITY</c>: sandboxing, permissions, safety controls.</summary>
    Security,

    /// <summary><c>INTEGRATION</c>: communication between systems, missing interfaces.</summary>
    Integration,

    /// <summary><c>PERFORMANCE</c>: scalability, resources, timing.</summary>
    Performance,

    /// <summary><c>UI/UX</c>: interfaces and usability.</summary>
    UiUx,

    /// <summary><c>TESTING</c>: mocks and test scenarios.</summary>
    Testing,

    /// <summary><c>DOCUMENTATION</c>: specifications and described behaviour.</summary>
    Documentation,

    /// <summary>A type outside the list above (for example <c>Reliability</c>); see <see cref="P:GapModel.GapInfo.TypeText"/>.</summary>
    Other,
}
