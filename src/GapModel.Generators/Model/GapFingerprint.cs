using System;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GapModel.Shared;

namespace GapModel.Generators.Model;

/// <summary>
/// The fingerprint of a gap: what a <c>Reviewed</c> pin compares against. A compatibility promise across versions
/// (docs/format.md, "Fingerprints"): the first 8 lower-case hex digits of SHA-256 over the UTF-8 of the gap's parts,
/// each on a line of its own (joined with LF): <c>id</c>, <c>title</c>, then for every field but Status, in
/// document order, <c>field</c>, <c>value</c> and <c>item</c> for each checklist item, each part tagged with that
/// word and a space. In each part every run of white space counts as one space and the ends are trimmed. So the
/// status, ticking a box, white space, line ends and where the entry stands change nothing.
/// </summary>
internal static class GapFingerprint
{
    // The generator and the analyzers ask for the same parsed gaps' fingerprints many times: hash each once.
    private static readonly ConditionalWeakTable<GapSpec, string> Computed = new();

    public static string Of(GapSpec gap) => Computed.GetValue(gap, Compute);

    internal static string Compute(GapSpec gap)
    {
        var text = new StringBuilder();
        Part(text, "id", gap.Id);
        Part(text, "title", gap.Title);
        foreach (var field in gap.Fields)
        {
            if (string.Equals(field.Name.Trim(), GapFieldTable.Status, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Part(text, "field", field.Name);
            Part(text, "value", field.Value);
            foreach (var item in field.Items)
            {
                Part(text, "item", item.Text);
            }
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        var hex = new StringBuilder(8);
        for (var i = 0; i < 4; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>Whether a pin names this fingerprint: 8 hex digits, compared ignoring case.</summary>
    public static bool Matches(string? pin, string fingerprint)
        => pin is { Length: 8 } && IsHex(pin) && string.Equals(pin, fingerprint, StringComparison.OrdinalIgnoreCase);

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private static void Part(StringBuilder text, string tag, string value)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(tag).Append(' ');
        var pendingSpace = false;
        var any = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = any;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
            any = true;
        }
    }
}
