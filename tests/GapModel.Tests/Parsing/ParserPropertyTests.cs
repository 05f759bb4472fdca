using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using GapModel.Tests.Infrastructure;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>
/// Thousands of generated and mutated documents: the parser never throws, gives the same <c>GapDocumentSpec</c> for
/// the same text, keeps every position consistent with Roslyn, and reads CRLF, lone-CR and BOM copies the same way.
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] SeedLines = Fixtures.Seed.Replace("\r\n", "\n").Split('\n');

    // Pieces of gap documents, from the seed's vocabulary to the inputs that break Markdown readers.
    private static readonly string[] Pieces =
    [
        "### GAP-SOVEREIGNTY-011: Distributed Consensus Protocol", "## GAP-A: Title", "# GAP-B-2: t", "###### GAP-C: deep", "#### GAP-A: again",
        "**GAP-POSTGRES-006: Multi-Tenant Database Support**", "**GAP-X-1:**", "__GAP-U: under__", "GAP-P: prose", "`GAP-Q: code`",
        "**Use Case:** Scenario 16", "**Classification:** ARCHITECTURAL | P0-CRITICAL | CROSS-CUTTING", "**Classification:** Architecture | P2 | Strategic",
        "**Classification:** Reliability | P9 | Technical", "- **Priority:** Critical (P1)", "- **Priority:** High (P2)", "**Priority:** urgent",
        "**Systems Affected:** Plugin System, Storage Layer", "- **Systems Affected:** , ,", "**Status:** OPEN", "**Status:** in progress",
        "**Status:** RESOLVED", "**Status:** Closed", "**Status:**", "**Problem Description:**", "- [ ] action", "- [x] done", "- [X] DONE", "- [",
        "- **Missing Components:** a, b", "- **Implementation Impact:** High", "**Total Gaps Identified:** 191", "**Total Gaps Identified:** x",
        "**Day 4 Summary:** text", "---", "***", "===", "```", "```markdown", "~~~", "````", "    indented code GAP-Z: x", "> quote", "> > ### GAP-Q: quoted",
        "- item", "  - nested", "    - deeper", "1. one", "<div>", "</div>", "<!--", "<?", "[a](", "![a](", "[a]: http://x", "[x](y)", "*a", "**",
        "**a** **b**", "_", "\\*", "&amp;", "&#0;", "<T>", "`code`", "``", "|a|b|", "Plain text.", "", "", "", "  ", "\t",

        // The shapes of issue #15: dashes after the ID, the colon outside the bold, <br>, the words teams write.
        "### GAP-002 — Admin Portal Without MFA", "### GAP-D00-01 – Attribute Classification", "## GAP-7 - t", "### GAP-A —", "### GAP-020 use cases",
        "### GAP-021 : x", "### GAP-022—x", "**GAP-INT-002 — Webhooks Are Not Signed**", "__GAP-U - under__", "- **Status:** closed", "**Status**: WIP",
        "**Impact:** <br>", "**Priority:** P1 <br/>", "**Priority:** High", "- **Status:** ✅ Done (2026-10-01)", "**Status:** Not started", "RISK-1 — t",
    ];

    // Lines in which an ID never defines a gap, and lines around them that cannot change that (no bare fences).
    private static readonly string[] PhantomPieces =
    [
        "| GAP-PHANTOM-1: in a table |", "|---|---|", "See GAP-PHANTOM-2 — prose", "- GAP-PHANTOM-3 — list item", "- **GAP-PHANTOM-4 — bold in a list**",
        "`GAP-PHANTOM-5 — inline code`", "```\n### GAP-PHANTOM-6 — fenced\n```", "[GAP-PHANTOM-7 — link text](https://example.com)",
        "### GAP-PHANTOM-8 use cases", "> ### GAP-PHANTOM-9 — quoted", "**GAP-PHANTOM-10 — bold** and more", "## `GAP-PHANTOM-11 — code heading`",
        "### See GAP-PHANTOM-12 — later", "1. ### GAP-PHANTOM-13: heading in a list",
    ];

    private static readonly string[] SafePieces =
    [
        "### GAP-A: Title", "## GAP-B — t", "### GAP-C – t", "#### GAP-D - t", "**GAP-E — Bold**", "**GAP-F: Bold**", "- **Status:** Done", "**Status**: WIP",
        // "***", not "---": text over dashes is a heading, and "**GAP-A — bold** and more" over dashes is then an entry (docs/format.md).
        "**Impact:** <br>", "- **Priority:** High", "Plain text.", "- item", "***", "", "", "",
    ];

    private static readonly Gen<string> Unicode =
        Gen.Int[0, 0xFFFF].Array[1, 6].Select(codes => new string(codes.Select(c => (char)c).ToArray()));

    private static readonly Gen<string> Line = Gen.Frequency(
        (12, Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i])),
        (3, Gen.Int[0, SeedLines.Length - 1].Select(i => SeedLines[i])),
        (2, Gen.Int[0, 40].Select(n => new string(' ', n % 9) + string.Concat(Enumerable.Repeat(n % 2 == 0 ? "- " : "> ", n)) + "x")),
        (1, Unicode));

    private static readonly Gen<string> NewLine = Gen.Frequency((8, Gen.Const("\n")), (2, Gen.Const("\r\n")), (1, Gen.Const("\r")), (1, Gen.Const("\u2028")));

    private static readonly Gen<string> GeneratedDocument =
        Gen.Select(Gen.Bool, Gen.Select(Line, NewLine, (line, newLine) => line + newLine).Array[0, 60])
            .Select((bom, lines) => (bom ? "\uFEFF" : string.Empty) + string.Concat(lines));

    // Mutations of the seed: delete, duplicate or replace lines; insert fences, rules, nesting or random text.
    private static readonly Gen<string> MutatedSeed =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, SeedLines.Length - 1], Line).Array[1, 12]
            .Select(Gen.Int[0, 3], (edits, endings) =>
            {
                var lines = SeedLines.ToList();
                foreach (var (kind, at, line) in edits)
                {
                    var index = Math.Min(at, lines.Count - 1);
                    switch (kind)
                    {
                        case 0 when lines.Count > 1: lines.RemoveAt(index); break;
                        case 1: lines.Insert(index, lines[index]); break;
                        case 2: lines[index] = line; break;
                        case 3: lines.Insert(index, line); break;
                        case 4: lines[index] = "  " + lines[index]; break;
                        default: lines[index] = lines[index] + line; break;
                    }
                }

                var text = string.Join("\n", lines);
                return endings switch { 1 => text.Replace("\n", "\r\n"), 2 => text.Replace('\n', '\r'), 3 => "\uFEFF" + text, _ => text };
            });

    [Fact]
    public void Generated_documents_parse_deterministically_with_consistent_positions()
        => GeneratedDocument.Sample(AssertReadable, iter: 3_000, threads: 1, seed: null, print: Show);

    [Fact]
    public void Mutated_seeds_parse_deterministically_with_consistent_positions()
        => MutatedSeed.Sample(AssertReadable, iter: 400, threads: 1, print: Show);

    [Fact]
    public void Ids_where_a_person_sees_no_gap_are_never_defined()
    {
        var line = Gen.Frequency(
            (1, Gen.Int[0, PhantomPieces.Length - 1].Select(i => PhantomPieces[i])),
            (2, Gen.Int[0, SafePieces.Length - 1].Select(i => SafePieces[i])));
        var document = line.Array[0, 40].Select(lines => string.Join("\n", lines));

        document.Sample(
            text =>
            {
                var parsed = GapDocumentParser.Parse(text);
                Assert.DoesNotContain(parsed.Gaps, g => g.Id.Contains("PHANTOM"));
                AssertReadable(text);
            },
            iter: 2_000,
            threads: 1,
            print: Show);
    }

    [Fact]
    public void Documents_read_with_a_teams_prefixes_and_words_parse_deterministically()
    {
        var options = new ReadingOptions(["GAP-", "RISK-", "PCI-GAP-"], ["Shipped"], ["Under review"], ["Parked"]);
        var pieces = Pieces.Concat(["### RISK-AUTH-1 — t", "**PCI-GAP-REQ-7: t**", "## PCI-GAP-7.2 - x", "- **Status:** Shipped", "**Status:** under_review", "**Status:** Parked"]).ToArray();
        var document = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 50].Select(lines => string.Join("\n", lines));

        document.Sample(
            text =>
            {
                var first = GapDocumentParser.Parse(text, options);
                Assert.Equal(first, GapDocumentParser.Parse(text, options));
                ParsedDocumentChecks.AssertPositionsAgreeWithRoslyn(text, first);
                Assert.All(first.Gaps, g => Assert.True(GapIdSyntax.IsValid(g.Id, options.IdPrefixes), g.Id));
            },
            iter: 1_000,
            threads: 1,
            print: Show);
    }

    [Fact]
    public void Line_ends_and_a_bom_change_nothing_but_offsets_in_generated_documents()
    {
        var lfDocument = Gen.Select(Line, NewLine, (line, _) => line).Array[0, 60]
            .Select(lines => string.Join("\n", lines.Select(l => l.Replace("\r", string.Empty).Replace("\u2028", string.Empty))));

        lfDocument.Sample(
            text =>
            {
                var expected = ParsedDocumentChecks.Describe(GapDocumentParser.Parse(text)).ToList();
                Assert.Equal(expected, ParsedDocumentChecks.Describe(GapDocumentParser.Parse(text.Replace("\n", "\r\n"))));
                Assert.Equal(expected, ParsedDocumentChecks.Describe(GapDocumentParser.Parse(text.Replace('\n', '\r'))));

                // A BOM left in the string is a character of line 0 to Roslyn too, so compare BOM copies with each other.
                Assert.Equal(
                    ParsedDocumentChecks.Describe(GapDocumentParser.Parse("\uFEFF" + text)),
                    ParsedDocumentChecks.Describe(GapDocumentParser.Parse("\uFEFF" + text.Replace("\n", "\r\n"))));
            },
            iter: 1_000,
            threads: 1,
            print: Show);
    }

    [Fact]
    public void Reading_in_the_smallest_chunks_gives_what_reading_whole_gives()
    {
        // Chunks keep Markdig's blocks short-lived; they must not change one gap, diagnostic or position.
        // Lines too deep for Markdig too: read apart where a fence or HTML hides them, never cut where they stand.
        var deep = Gen.Const(string.Concat(Enumerable.Repeat("- ", NestingGuard.MaxLinePrefixDepth + 2)) + "x");
        var withBlankLines = Gen.Frequency((30, Line), (10, Gen.Const(string.Empty)), (1, deep)).Array[0, 80].Select(lines => string.Join("\n", lines));
        var cut = 0;
        Gen.OneOf(GeneratedDocument, MutatedSeed, withBlankLines).Sample(text => cut += AssertChunksChangeNothing(text), iter: 4_000, threads: 1, print: Show);
        foreach (var fixture in System.IO.Directory.GetFiles(Fixtures.Path(string.Empty), "*.md"))
        {
            cut += AssertChunksChangeNothing(System.IO.File.ReadAllText(fixture));
        }

        // A good share of the documents must really be cut (about 40 %: a "[a]: url" line anywhere keeps one whole).
        Assert.True(cut > 1_000, cut + " documents cut");
    }

    [Fact]
    public void An_html_block_that_Markdig_keeps_open_past_a_line_of_spaces_is_not_cut_after()
    {
        // Markdig ends <div> only at an empty line: the first ``` is HTML, the second opens a fence that holds the heading.
        const string text = "<div>\n  \n```\nx\n\n```\n\n# GAP-A: T\n";

        Assert.Empty(GapDocumentParser.Parse(text).Gaps);
        Assert.Equal(0, AssertChunksChangeNothing(text));
    }

    // 1 when the text is read in more than one chunk.
    private static int AssertChunksChangeNothing(string text)
    {
        var whole = GapDocumentParser.ParseScanned(text, ReadingOptions.Default, default, chunkLength: int.MaxValue);
        var chunked = GapDocumentParser.ParseScanned(text, ReadingOptions.Default, default, chunkLength: 1);

        Assert.Equal(ParsedDocumentChecks.Describe(whole), ParsedDocumentChecks.Describe(chunked));
        Assert.Equal(whole, chunked);

        // A chunk is not scanned for deep lines again: its own scan must agree that it has none.
        var chunks = NestingGuard.Chunks(text, 0, text.Length, chunkLength: 1);
        Assert.All(chunks ?? [], chunk => Assert.Null(NestingGuard.FirstDeepLine(text, chunk.Start, chunk.Length)));
        return chunks is { Count: > 1 } ? 1 : 0;
    }

    private static void AssertReadable(string text)
    {
        var first = GapDocumentParser.Parse(text);
        var second = GapDocumentParser.Parse(text);

        Assert.Equal(first, second);
        ParsedDocumentChecks.AssertPositionsAgreeWithRoslyn(text, first);
        ParsedDocumentChecks.AssertGapsAreWellFormed(text, first);
    }

    // Failing inputs printed escaped, so line ends and control characters can be pasted into a test.
    private static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
