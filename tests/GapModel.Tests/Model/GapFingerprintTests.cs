using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Xunit;

namespace GapModel.Tests.Model;

/// <summary>The fingerprint promise of docs/format.md: what changes it and what never does.</summary>
public sealed class GapFingerprintTests
{
    private const string Entry = """
        # Gaps

        ### GAP-AUTH-001: Token refresh
        **Classification:** SECURITY | P1-HIGH | SYSTEM
        **Status:** OPEN
        **Problem Description:** Tokens expire
        mid-request.

        **Validation Criteria:**
        - [ ] Refresh happens before expiry
        - [ ] No request fails with 401
          - [ ] not even under load
        """;

    private static string Fingerprint(string document)
        => GapFingerprint.Of(GapDocumentParser.Parse(document, CancellationToken.None).Gaps.Single(g => g.Id == "GAP-AUTH-001"));

    [Fact]
    public void Is_eight_lower_case_hex_digits_and_matches_the_documented_example()
    {
        // The example of docs/format.md, "Fingerprints": a change to the algorithm breaks every pin users wrote.
        Assert.Equal("ddfd5b97", Fingerprint(Entry));
    }

    [Theory]
    [InlineData("**Status:** OPEN", "**Status:** RESOLVED")]
    [InlineData("- [ ] Refresh happens", "- [x] Refresh happens")]
    [InlineData("  - [ ] not even", "  - [X] not even")]
    [InlineData("Tokens expire\nmid-request.", "Tokens   expire\tmid-request.   ")]
    [InlineData("# Gaps\n", "# Gaps\n\nSome prose above the entry moves it down.\n\n### GAP-OTHER-001: Another gap\n**Status:** OPEN\n")]
    [InlineData("**Validation Criteria:**\n", "**Validation Criteria:**\n\n")]
    public void Does_not_change_with_status_ticks_white_space_or_position(string before, string after)
    {
        Assert.Contains(before, Entry);
        Assert.Equal(Fingerprint(Entry), Fingerprint(Entry.Replace(before, after)));
        Assert.Equal(Fingerprint(Entry), Fingerprint(Entry.Replace("\n", "\r\n")));
    }

    [Theory]
    [InlineData("Token refresh", "Token renewal")]
    [InlineData("Tokens expire", "Tokens lapse")]
    [InlineData("SECURITY | P1-HIGH", "SECURITY | P0-CRITICAL")]
    [InlineData("No request fails with 401", "No request fails")]
    [InlineData("not even under load", "not even at night")]
    [InlineData("**Validation Criteria:**", "**Acceptance Criteria:**")]
    [InlineData("\n  - [ ] not even under load", "")]
    public void Changes_when_the_title_or_any_field_text_changes(string before, string after)
    {
        Assert.Contains(before, Entry);
        Assert.NotEqual(Fingerprint(Entry), Fingerprint(Entry.Replace(before, after)));
    }

    [Fact]
    public void A_long_entry_with_any_characters_hashes_its_parts_as_documented()
    {
        // Longer than the hasher's first buffers, with text that takes 2, 3 and 4 bytes in UTF-8 and every kind of white space.
        var paragraph = string.Concat(Enumerable.Range(0, 400).Select(i => $"Wört {i} ✓ 𝄞\u00A0\u2003tab\there "));
        var document = Entry.Replace("Tokens expire\nmid-request.", paragraph).Replace("Token refresh", "Token refresh " + paragraph[..300]);
        var gap = GapDocumentParser.Parse(document, CancellationToken.None).Gaps.Single(g => g.Id == "GAP-AUTH-001");

        var parts = new[] { "id " + Collapse(gap.Id), "title " + Collapse(gap.Title) }
            .Concat(gap.Fields.Where(f => !string.Equals(f.Name.Trim(), "Status", StringComparison.OrdinalIgnoreCase))
                .SelectMany(f => new[] { "field " + Collapse(f.Name), "value " + Collapse(f.Value) }.Concat(f.Items.Select(i => "item " + Collapse(i.Text)))));
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))))[..8].ToLowerInvariant();

        Assert.True(paragraph.Length > 5_000);
        Assert.Equal(expected, GapFingerprint.Compute(gap));
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Theory]
    [InlineData("4a4c6e9f", true)]
    [InlineData("4A4C6E9F", true)]
    [InlineData("4a4c6e9", false)]
    [InlineData("4a4c6e9f0", false)]
    [InlineData("4a4c6e9g", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_pin_matches_ignoring_case_and_only_as_eight_hex_digits(string? pin, bool matches)
    {
        Assert.Equal(matches, GapFingerprint.Matches(pin, "4a4c6e9f"));
    }
}
