// Also compiled into the generator (linked), which names these values without loading this assembly.
#if GAPMODEL_GENERATORS
namespace GapModel.Generators.Model;
#else
namespace GapModel;
#endif

/// <summary>The state of a gap, read from its <c>**Status:**</c> field. A gap with no status line is <see cref="Open"/>.</summary>
public enum GapStatus
{
    /// <summary>Not yet worked on (<c>OPEN</c>).</summary>
    Open,

    /// <summary>Being worked on (<c>IN_PROGRESS</c>, <c>In Progress</c>).</summary>
    InProgress,

    /// <summary>Closed (<c>RESOLVED</c>): code that still claims to address it is stale.</summary>
    Resolved,
}
