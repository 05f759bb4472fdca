using System;
using System.Linq;
using CsCheck;
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
    public void A_simple_name_is_each_segment_after_the_prefix_PascalCased_and_joined()
    {
        // The rule of the class remarks, written out directly, for IDs of any characters under any prefix.
        var prefixes = new[] { "GAP-", "RISK-", "PCI-GAP-" };
        var ids = Gen.OneOf<string>("GAP-", "RISK-", "PCI-GAP-", "", "GAP", "-")
            .Select(Gen.Char["--aZq70_éß. İ"].Array[0, 12], (prefix, rest) => prefix + new string(rest));

        ids.Sample(id =>
        {
            var prefix = prefixes.Where(p => id.StartsWith(p, StringComparison.Ordinal) && GapIdSyntax.PrefixOf(id, prefixes) == p).FirstOrDefault()
                ?? (id.StartsWith("GAP-", StringComparison.Ordinal) ? "GAP-" : string.Empty);
            var joined = string.Concat(id.Substring(prefix.Length).Split('-', StringSplitOptions.RemoveEmptyEntries).Select(Pascal));
            var expected = joined.Length == 0 || !char.IsLetter(joined[0]) || new[] { "Gaps", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" }.Contains(joined, StringComparer.OrdinalIgnoreCase)
                ? "Gap" + joined
                : joined;
            Assert.Equal(expected, ConstantNames.Simple(id, prefixes));
        }, iter: 20_000);
    }

    private static string Pascal(string segment)
    {
        var wordStart = true;
        return string.Concat(segment.Select(c =>
        {
            var letter = char.IsLetter(c) && c < 128;
            var mapped = letter ? (wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)) : char.IsAsciiDigit(c) ? c : '_';
            wordStart = !letter;
            return mapped;
        }));
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
