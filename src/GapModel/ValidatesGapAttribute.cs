using System;

namespace GapModel;

/// <summary>
/// Marks code, typically a test, that validates one of a gap's validation criteria: the checklist items of its
/// <c>Validation Criteria</c> field, numbered from 1 in document order (nested items included). The GapModel
/// analyzer warns when the gap is unknown (GM0001), the criterion does not exist (GM0008), or, with
/// <see cref="Reviewed"/>, the gap changed since (GM0006). A resolved gap is no warning here: a test that keeps
/// validating it is what keeps it resolved.
/// </summary>
/// <example><code>[ValidatesGap(Gaps.Sovereignty011, 2)]</code></example>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class ValidatesGapAttribute : Attribute
{
    /// <summary>Creates the attribute for one criterion of a gap.</summary>
    /// <param name="gapId">The gap ID, such as <c>GAP-SOVEREIGNTY-011</c>; prefer the generated <c>Gaps</c> constants.</param>
    /// <param name="criterion">The 1-based number of the validation criterion.</param>
    public ValidatesGapAttribute(string gapId, int criterion)
    {
        GapId = gapId;
        Criterion = criterion;
    }

    /// <summary>The gap ID, such as <c>GAP-SOVEREIGNTY-011</c>.</summary>
    public string GapId { get; }

    /// <summary>The 1-based number of the validation criterion this code validates.</summary>
    public int Criterion { get; }

    /// <summary>The gap's fingerprint when this code was last checked against it; see <see cref="AddressesGapAttribute.Reviewed"/>.</summary>
    public string? Reviewed { get; set; }
}
