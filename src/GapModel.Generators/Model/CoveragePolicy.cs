using System.Collections.Generic;

namespace GapModel.Generators.Model;

/// <summary>
/// Which gaps must be covered (<c>GapModelCoverage</c>): a gap matching any token, a priority (<c>P0</c>-<c>P3</c>)
/// or a status (<c>Open</c>, <c>InProgress</c>), is in the policy. Empty, the default, turns GM1008 and GM1009 off.
/// The selected kinds are bit sets over the enums' values.
/// </summary>
internal sealed record CoveragePolicy(int Priorities, int Statuses)
{
    public static readonly CoveragePolicy None = new(0, 0);

    public bool IsEmpty => Priorities == 0 && Statuses == 0;

    public bool Includes(GapPriority priority, GapStatus status)
        => (Priorities & (1 << (int)priority)) != 0 || (Statuses & (1 << (int)status)) != 0;

    /// <summary>The tokens of the property; those it does not know are returned in <paramref name="unknown"/>.</summary>
    public static CoveragePolicy Parse(IEnumerable<string> tokens, List<string> unknown)
    {
        var priorities = 0;
        var statuses = 0;
        foreach (var token in tokens)
        {
            switch (token.Replace("_", string.Empty).Replace("-", string.Empty).Replace(" ", string.Empty).ToUpperInvariant())
            {
                case "P0": priorities |= 1 << (int)GapPriority.P0; break;
                case "P1": priorities |= 1 << (int)GapPriority.P1; break;
                case "P2": priorities |= 1 << (int)GapPriority.P2; break;
                case "P3": priorities |= 1 << (int)GapPriority.P3; break;
                case "OPEN": statuses |= 1 << (int)GapStatus.Open; break;
                case "INPROGRESS": statuses |= 1 << (int)GapStatus.InProgress; break;
                default: unknown.Add(token); break;
            }
        }

        return priorities == 0 && statuses == 0 ? None : new CoveragePolicy(priorities, statuses);
    }
}
