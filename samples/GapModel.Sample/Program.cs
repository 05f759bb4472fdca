using GapModel;
using Sample;

// A gap can be addressed by a whole assembly, a type, a member or a parameter.
[assembly: AddressesGap(Gaps.Billing004)]

Console.WriteLine($"{GapCatalog.All.Count} gaps in the catalog:");
foreach (var gap in GapCatalog.All)
{
    Console.WriteLine($"  {gap.Id,-16} {gap.Status,-10} {gap.Priority,-11} {gap.Title}");
}

if (GapCatalog.TryGet(Gaps.Auth001, out var auth))
{
    var done = auth.ProposedResolution.Count(item => item.IsDone);
    Console.WriteLine($"{auth.Id}: {done} of {auth.ProposedResolution.Count} steps done ({auth.SourcePath}:{auth.Line})");
}

namespace Sample
{
    [AddressesGap(Gaps.Auth001)]
    public sealed class RefreshingTokenProvider
    {
        [AddressesGap(Gaps.Storage002)]
        public string TenantFilter(string tenant) => $"tenant_id = '{tenant}'";
    }

    // This cookie reader addresses a gap the team has since resolved: the build warns (GM0002).
    [AddressesGap("GAP-AUTH-002")]
    public sealed class RememberMeCookie
    {
    }
}
