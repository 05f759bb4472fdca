using System.Linq;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>Links.Resolve: the links read, with the generated constants they name turned into IDs.</summary>
public sealed class LinksResolveTests
{
    private static LinkRead Read(string? id, string? constant, string symbol)
        => new(LinkKind.Addresses, id, constant, 0, symbol, "/p/A.cs", 3, null);

    [Fact]
    public void A_generated_constant_becomes_its_id_and_a_link_with_no_id_is_dropped()
    {
        var found = new[]
        {
            new[] { Read("GAP-AUTH-001", null, "A.Literal"), Read(null, "Auth002", "A.Constant") }.ToEquatableArray(),
            new[] { Read(null, "Typo003", "A.Typo"), Read(string.Empty, null, "A.Empty") }.ToEquatableArray(),
        }.ToEquatableArray();
        var constants = new[] { new ConstantId("Auth001", "GAP-AUTH-001"), new ConstantId("Auth002", "GAP-AUTH-002") }.ToEquatableArray();

        var resolved = Links.Resolve(found, constants);

        Assert.Equal(
            [("GAP-AUTH-001", "A.Literal"), ("GAP-AUTH-002", "A.Constant")],
            resolved.Select(r => (r.GapId, r.Symbol)).ToArray());
        Assert.Same(found[0][0], resolved[0]);
        Assert.Equal("Auth002", resolved[1].ConstantName);
    }
}
