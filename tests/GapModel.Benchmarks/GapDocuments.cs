using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GapModel.Benchmarks;

/// <summary>
/// Deterministic gap documents in the three entry shapes of the seed document
/// (tests/GapModel.Tests/Fixtures/phase2-gap-analysis.md):
/// <list type="number">
/// <item><c>### GAP-…: Title</c> heading entries with <c>**Field:**</c> paragraphs and checklists;</item>
/// <item><c>**GAP-…: Title**</c> bold paragraphs followed by a <c>- **Field:** value</c> list;</item>
/// <item>the Day-4 shape: bold paragraphs under <c>####</c> group headings with <c>- **Priority:** Critical (P1)</c>.</item>
/// </list>
/// The shapes alternate in sections of <see cref="SectionSize"/> entries, as in the seed. Every 10th gap is resolved.
/// </summary>
public static class GapDocuments
{
    public const int SectionSize = 30;

    private static readonly string[] Areas =
    {
        "SOVEREIGNTY", "SELF-MOD", "POLYGLOT", "POSTGRES", "SCIENTIFIC", "DATABASE", "INTEGRATION", "DYNAMIC",
        "REPO", "SECURITY", "PERFORMANCE", "AUDIT",
    };

    private static readonly string[] Subjects =
    {
        "Distributed Consensus Protocol", "Cryptographic Identity Verification", "Mesh Network Coordination",
        "Meta-Cognitive Reflection Architecture", "Safe Code Generation Pipeline", "Cross-Language Memory Coordination",
        "Atomic Cross-Language Transactions", "Multi-Tenant Database Support", "Real-Time Data Pipeline Management",
        "Schema Evolution Management", "API Gateway and Service Mesh Framework", "Hot-Swap Infrastructure Framework",
        "Universal Repository Analysis Engine", "External Code Sandbox Environment", "Dynamic Resource Allocation Engine",
    };

    private static readonly string[] Systems =
    {
        "Plugin System", "Storage Layer", "Security Framework", "TaskEngine", "LLM Infrastructure", "Audit Trail System",
        "DevShell Environment", "API & Backend", "Resource Management", "External Integration", "VTC",
    };

    private static readonly string[] Types = { "ARCHITECTURAL", "SECURITY", "INTEGRATION", "PERFORMANCE", "UI/UX", "TESTING", "DOCUMENTATION" };
    private static readonly string[] Priorities = { "P0-CRITICAL", "P1-HIGH", "P2-MEDIUM", "P3-LOW" };
    private static readonly string[] Scopes = { "ISOLATED", "SYSTEM", "CROSS-CUTTING", "FOUNDATIONAL" };
    private static readonly string[] Day4Priorities = { "Critical (P1)", "High (P2)", "Medium (P3)" };

    private static readonly string[] Sentences =
    {
        "Mesh network requires distributed decision-making for sovereignty enforcement, but no consensus mechanism exists for coordinating decisions across multiple nodes.",
        "Basic security framework exists but lacks distributed coordination capabilities and a `ConsensusRound` type.",
        "Implement Byzantine fault-tolerant consensus protocol for critical sovereignty decisions with *cryptographic* verification.",
        "Blocks autonomous mesh network operation and distributed AI coordination; see [the design notes](docs/design.md).",
        "Multi-language plugins require shared memory coordination, but current system lacks **cross-runtime** memory management.",
        "Storage layer supports basic transactions but not cross-language coordination.",
    };

    /// <summary>The ID of gap number <paramref name="index"/> (0-based); unique for any index.</summary>
    public static string Id(int index)
        => "GAP-" + Areas[index % Areas.Length] + "-" + (index + 1).ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Whether gap number <paramref name="index"/> is written as resolved.</summary>
    public static bool IsResolved(int index) => index % 10 == 9;

    /// <summary>A document with gaps <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public static string Create(int count, int first = 0)
    {
        var text = new StringBuilder(count * 900);
        text.Append("# Phase 2 Gap Analysis Framework\n\n");
        text.Append("**Version:** 1.0  \n**Date:** June 2, 2025  \n**Purpose:** Systematic tracking of gaps, holes, and improvements needed for Phase 2 infrastructure\n");
        text.Append("**Total Gaps Identified:** ").Append(count.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        text.Append("## Gap Classification System\n\n### Priority Levels\n");
        text.Append("- **P0-CRITICAL** - Blocks Phase 2 foundation, must fix before any Phase 3 work\n");
        text.Append("- **P1-HIGH** - Significantly impacts system reliability or developer experience\n\n");

        for (var n = 0; n < count; n++)
        {
            var index = first + n;
            var section = n / SectionSize;
            var shape = section % 3;
            if (n % SectionSize == 0)
            {
                text.Append(shape switch
                {
                    0 => "## Discovered Gaps by System (part " + section + ")\n\n",
                    1 => "## Storage and Science Gaps (part " + section + ")\n\n",
                    _ => "### **Day " + (4 + section) + " Analysis: External Integration & Dynamic Reconfiguration Patterns**\n\n"
                        + "**Focus Areas:** GitHub Plugin Autopilot (Scenario 21), Universal App Bridge System (Scenario 22)\n\n",
                });
            }

            switch (shape)
            {
                case 0:
                    HeadingEntry(text, index);
                    break;
                case 1:
                    BoldEntry(text, index);
                    break;
                default:
                    if (n % 5 == 0)
                    {
                        text.Append("#### **").Append(Subjects[index % Subjects.Length]).Append(" Gaps**\n\n");
                    }

                    Day4Entry(text, index);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A README-like Markdown file of about <paramref name="targetChars"/> characters in which no gap ID occurs.</summary>
    public static string CreateReadme(int targetChars)
    {
        var text = new StringBuilder(targetChars + 4096);
        text.Append("# Orchestra\n\n[![build](https://example.org/badge.svg)](https://example.org/ci) A plugin host for *many* runtimes.\n\n");
        var section = 0;
        while (text.Length < targetChars)
        {
            section++;
            var s = section.ToString(CultureInfo.InvariantCulture);
            text.Append("## Section ").Append(s).Append(": ").Append(Subjects[section % Subjects.Length]).Append("\n\n");
            text.Append(Sentences[section % Sentences.Length]).Append(' ').Append(Sentences[(section + 1) % Sentences.Length]).Append('\n');
            text.Append("Read the [guide](docs/guide-").Append(s).Append(".md) and the `orchestra --help` output first.\n\n");
            text.Append("- **Install:** `dotnet tool install orchestra`\n- **Configure:** edit `orchestra.json`\n- [x] works on Linux\n- [ ] works on Windows\n\n");
            text.Append("```csharp\nvar host = new PluginHost(options);\nawait host.StartAsync(cancellationToken);\n```\n\n");
            text.Append("| Option | Default | Meaning |\n| --- | --- | --- |\n| `timeout` | 30 | seconds before a plugin is stopped |\n| `retries` | 3 | restarts after a crash |\n\n");
            text.Append("> **Note:** ").Append(Sentences[(section + 2) % Sentences.Length]).Append("\n\n");
            text.Append("1. Clone the repository.\n2. Run `./build.sh`.\n   1. On Windows use `build.ps1`.\n3. Open <https://example.org/docs>.\n\n---\n\n");
        }

        return text.ToString();
    }

    /// <summary>The IDs of gaps <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 that are not resolved.</summary>
    public static List<string> OpenIds(int count, int first = 0)
    {
        var ids = new List<string>(count);
        for (var i = first; i < first + count; i++)
        {
            if (!IsResolved(i))
            {
                ids.Add(Id(i));
            }
        }

        return ids;
    }

    private static string Title(int index) => Subjects[index % Subjects.Length] + " " + (index / Subjects.Length + 1).ToString(CultureInfo.InvariantCulture);

    private static string SystemsList(int index)
        => Systems[index % Systems.Length] + ", " + Systems[(index + 3) % Systems.Length] + ", " + Systems[(index + 7) % Systems.Length];

    private static string Sentence(int index, int k) => Sentences[(index + k) % Sentences.Length];

    private static void HeadingEntry(StringBuilder text, int index)
    {
        text.Append("### ").Append(Id(index)).Append(": ").Append(Title(index)).Append('\n');
        text.Append("**Use Case:** Scenario ").Append((16 + index % 9).ToString(CultureInfo.InvariantCulture)).Append(" - Cognitive Sovereignty Mesh Network\n");
        text.Append("**Classification:** ").Append(Types[index % Types.Length]).Append(" | ").Append(Priorities[index % Priorities.Length])
            .Append(" | ").Append(Scopes[index % Scopes.Length]).Append('\n');
        text.Append("**Systems Affected:** ").Append(SystemsList(index)).Append("\n\n");
        text.Append("**Problem Description:**\n").Append(Sentence(index, 0)).Append("\n\n");
        text.Append("**Current Phase 2 State:**\n").Append(Sentence(index, 1)).Append("\n\n");
        text.Append("**Required Solution:**\n").Append(Sentence(index, 2)).Append("\n\n");
        text.Append("**Phase 3 Impact:**\n").Append(Sentence(index, 3)).Append("\n\n");
        text.Append("**Proposed Resolution:**\n- [ ] Design distributed voting protocol with cryptographic verification\n")
            .Append("- [x] Implement node reputation system for trust establishment  \n- [ ] Create conflict resolution mechanism for disputed decisions\n\n");
        text.Append("**Validation Criteria:**\n- [ ] Consensus reaches agreement within 30 seconds for 100-node network\n")
            .Append("- [ ] System tolerates up to 33% Byzantine failures\n\n");
        text.Append("**Status:** ").Append(IsResolved(index) ? "RESOLVED" : index % 4 == 1 ? "IN_PROGRESS" : "OPEN").Append("\n\n");
    }

    private static void BoldEntry(StringBuilder text, int index)
    {
        text.Append("**").Append(Id(index)).Append(": ").Append(Title(index)).Append("**\n");
        text.Append("- **Classification:** Architecture | P").Append((index % 4).ToString(CultureInfo.InvariantCulture)).Append(" | Strategic\n");
        text.Append("- **Systems Affected:** ").Append(SystemsList(index)).Append('\n');
        text.Append("- **Description:** ").Append(Sentence(index, 0)).Append('\n');
        text.Append("- **Missing:** Tenant isolation, resource quotas, cross-tenant security\n");
        text.Append("- **Phase 2 Impact:** Medium - enables advanced enterprise deployment models\n");
        if (IsResolved(index))
        {
            text.Append("- **Status:** Resolved\n");
        }

        text.Append('\n');
    }

    private static void Day4Entry(StringBuilder text, int index)
    {
        text.Append("**").Append(Id(index)).Append(": ").Append(Title(index)).Append("**\n");
        text.Append("- **Priority:** ").Append(Day4Priorities[index % Day4Priorities.Length]).Append('\n');
        text.Append("- **Systems Affected:** ").Append(SystemsList(index)).Append('\n');
        text.Append("- **Description:** ").Append(Sentence(index, 1)).Append('\n');
        text.Append("- **Missing Components:** Service discovery, load balancing, circuit breakers, rate limiting\n");
        text.Append("- **Implementation Impact:** High - foundational for all external integrations\n");
        if (IsResolved(index))
        {
            text.Append("- **Status:** Resolved\n");
        }

        text.Append('\n');
    }
}
