using System.Linq;
using GapModel.Generators.Model;
using Xunit;

namespace GapModel.Tests.Generation;

public sealed class ConstantNamesTests
{
    [Theory]
    [InlineData("GAP-SOVEREIGNTY-011", "Sovereignty011")]
    [InlineData("GAP-SELF-MOD-001", "SelfMod001")]
    [InlineData("GAP-2FA-001", "Gap2Fa001")]
    [InlineData("GAP-P2P-7", "P2P7")]
    [InlineData("GAP-GAPS", "GapGaps")]
    [InlineData("GAP-TO-STRING", "GapToString")]
    [InlineData("GAP-CLASS", "Class")]
    public void Names_follow_the_documented_rule(string id, string expected)
    {
        Assert.Equal(expected, ConstantNames.Assign([id])[id]);
    }

    [Fact]
    public void Ids_whose_names_differ_only_in_case_both_get_distinct_separated_names()
    {
        var names = ConstantNames.Assign(["GAP-SELF-MOD-010", "GAP-SELFMOD-010", "GAP-OTHER-001"]);

        Assert.Equal("Self_Mod_010", names["GAP-SELF-MOD-010"]);
        Assert.Equal("Selfmod_010", names["GAP-SELFMOD-010"]);
        Assert.Equal("Other001", names["GAP-OTHER-001"]);
        Assert.Equal(["GAP-SELF-MOD-010", "GAP-SELFMOD-010"], ConstantNames.Collisions(names.Keys).Single());
    }

    [Fact]
    public void A_name_depends_only_on_its_id_and_its_collisions_not_on_order()
    {
        string[] ids = ["GAP-2FA-001", "GAP-GAP-2FA-001", "GAP-A1-B", "GAP-A1B", "GAP-X-1"];

        var forward = ConstantNames.Assign(ids);
        var backward = ConstantNames.Assign(ids.Reverse());

        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
        Assert.Equal(5, forward.Values.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Gap__2Fa_001", forward["GAP-2FA-001"]);
        Assert.Equal("Gap_2Fa_001", forward["GAP-GAP-2FA-001"]);
    }
}
