using System;

namespace GapModel;

/// <summary>
/// Marks code that addresses (works on, or closes) an engineering gap defined in a gap document.
/// The GapModel analyzer warns when the gap is unknown (GM0001) or already resolved (GM0002), and, with
/// <see cref="Reviewed"/>, when the gap changed since the code was checked against it (GM0006).
/// </summary>
/// <example><code>[AddressesGap(Gaps.Sovereignty011, Reviewed = "3f2a9c1b")]</code></example>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class AddressesGapAttribute : Attribute
{
    /// <summary>Creates the attribute for the gap with the given ID.</summary>
    /// <param name="gapId">The gap ID, such as <c>GAP-SOVEREIGNTY-011</c>; prefer the generated <c>Gaps</c> constants.</param>
    public AddressesGapAttribute(string gapId) => GapId = gapId;

    /// <summary>The gap ID this code addresses, such as <c>GAP-SOVEREIGNTY-011</c>.</summary>
    public string GapId { get; }

    /// <summary>
    /// The gap's fingerprint (8 hex digits, shown in the constant's documentation) when this code was last checked
    /// against it. When the gap's title or any field but its status changes, the fingerprint changes and the
    /// reference is reported as suspect (GM0006) until it is reviewed again.
    /// </summary>
    public string? Reviewed { get; set; }
}
