using System;

namespace GapModel;

/// <summary>
/// Marks code that addresses (works on, or closes) an engineering gap defined in a gap document.
/// The GapModel analyzer warns when the gap is unknown (GM0001) or already resolved (GM0002).
/// </summary>
/// <example><code>[AddressesGap(Gaps.Sovereignty011)]</code></example>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class AddressesGapAttribute : Attribute
{
    /// <summary>Creates the attribute for the gap with the given ID.</summary>
    /// <param name="gapId">The gap ID, such as <c>GAP-SOVEREIGNTY-011</c>; prefer the generated <c>Gaps</c> constants.</param>
    public AddressesGapAttribute(string gapId) => GapId = gapId;

    /// <summary>The gap ID this code addresses, such as <c>GAP-SOVEREIGNTY-011</c>.</summary>
    public string GapId { get; }
}
