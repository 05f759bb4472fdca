using System.Threading.Tasks;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>The did-you-mean of GM0001: which known ID, if any, a mistyped one is taken for.</summary>
public sealed class GapIdSuggesterTests
{
    private static readonly string[] Known =
    [
        "GAP-AUTH-001", "GAP-AUTH-002", "GAP-CACHE-010", "GAP-SELF-MOD-010", "GAP-SOVEREIGNTY-011", "GAP-PLUGIN-SANDBOX-003",
    ];

    [Theory]
    [InlineData("gap-cache-010", "GAP-CACHE-010")] // case
    [InlineData("GAP_CACHE_010", "GAP-CACHE-010")] // separators
    [InlineData("GAP-SOVERIEGNTY-011", "GAP-SOVEREIGNTY-011")] // swapped letters
    [InlineData("GAP-SOVEREIGNTY-11", "GAP-SOVEREIGNTY-011")] // a digit missing
    [InlineData("GAP-CACHE-01O", "GAP-CACHE-010")] // one letter off
    [InlineData("GAP-SELF-010", "GAP-SELF-MOD-010")] // a segment missing
    [InlineData("GAP-PLUGIN-003", "GAP-PLUGIN-SANDBOX-003")] // a long segment missing
    [InlineData("GAP-MOD-SELF-010", "GAP-SELF-MOD-010")] // segments swapped
    [InlineData("GAP-CACHE-HOT-010", "GAP-CACHE-010")] // a segment too many
    public void Suggests_the_one_close_known_id(string typed, string expected)
    {
        Assert.Equal(expected, GapIdSuggester.Suggest(typed, Known));
    }

    [Theory]
    [InlineData("GAP-AUTH-003")] // as close to GAP-AUTH-001 as to GAP-AUTH-002
    [InlineData("GAP-BILLING-404")] // close to nothing
    [InlineData("GAP-X")]
    [InlineData("")]
    [InlineData(null)]
    public void Suggests_nothing_when_no_single_id_is_close(string? typed)
    {
        Assert.Null(GapIdSuggester.Suggest(typed, Known));
    }

    [Fact]
    public async Task The_suggestion_is_in_the_message_and_in_the_properties()
    {
        var test = new AnalyzerTest("""[GapModel.AddressesGap({|#0:"GAP-CAHCE-010"|})] class C { }""");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0)
            .WithMessage("Gap 'GAP-CAHCE-010' is not defined in any gap document; did you mean 'GAP-CACHE-010'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_known_id_in_the_wrong_case_is_an_unknown_gap_with_a_suggestion_not_a_shape_error()
    {
        var test = new AnalyzerTest("""
            [GapModel.AddressesGap({|#0:"gap-auth-001"|})]
            [GapModel.AddressesGap({|#1:"gap-nothing-001"|})]
            class C { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(0)
            .WithArguments("gap-auth-001", "; did you mean 'GAP-AUTH-001'?"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidGapId).WithLocation(1).WithArguments("gap-nothing-001"));
        await test.RunAsync();
    }
}
