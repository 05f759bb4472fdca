using System.Threading.Tasks;
using GapModel.CodeFixes;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.CodeFixes;

/// <summary>GM0002's fix: the stale attribute goes, and the code around it reads as if it had never been there.</summary>
public sealed class ResolvedGapFixerTests
{
    private static DiagnosticResult Resolved(int location)
        => new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(location).WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8");

    private static async Task VerifyAsync(string source, string fixedSource, int count = 1)
    {
        var test = new CodeFixTest<ResolvedGapFixer>(source, fixedSource) { CodeActionEquivalenceKey = "GM0002" };
        for (var i = 0; i < count; i++)
        {
            test.ExpectedDiagnostics.Add(Resolved(i));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task The_only_attribute_of_a_list_takes_its_line_and_keeps_the_comment_above()
    {
        await VerifyAsync(
            """
            using GapModel;

            class C
            {
                // Refreshes the token before it expires.
                [AddressesGap({|#0:"GAP-AUTH-002"|})]
                void M() { }
            }
            """,
            """
            using GapModel;

            class C
            {
                // Refreshes the token before it expires.
                void M() { }
            }
            """);
    }

    [Fact]
    public async Task Other_attributes_in_the_list_stay()
    {
        await VerifyAsync(
            """
            using System;
            using GapModel;

            [Obsolete, AddressesGap({|#0:"GAP-AUTH-002"|})]
            class C { }

            [AddressesGap({|#1:"GAP-AUTH-002"|}), Serializable]
            class D { }
            """,
            """
            using System;
            using GapModel;

            [Obsolete]
            class C { }

            [Serializable]
            class D { }
            """,
            count: 2);
    }

    [Fact]
    public async Task Other_lists_stay_and_a_list_on_the_members_line_goes_alone()
    {
        await VerifyAsync(
            """
            using System;
            using GapModel;

            class C
            {
                [Obsolete]
                [AddressesGap({|#0:"GAP-AUTH-002"|})]
                void M() { }

                [AddressesGap({|#1:"GAP-AUTH-002"|})] void N([AddressesGap({|#2:"GAP-AUTH-002"|})] int p) { }

                [return: AddressesGap({|#3:"GAP-AUTH-002"|})]
                int O() => 0;
            }
            """,
            """
            using System;
            using GapModel;

            class C
            {
                [Obsolete]
                void M() { }

                void N(int p) { }

                int O() => 0;
            }
            """,
            count: 4);
    }

    [Fact]
    public async Task Regions_and_doc_comments_above_stay_and_a_comment_on_the_attributes_own_line_goes_with_it()
    {
        await VerifyAsync(
            """
            using GapModel;

            class C
            {
                #region Login
                /// <summary>Logs in.</summary>
                [AddressesGap({|#0:"GAP-AUTH-002"|})] // Until the new login ships.
                void M() { }
                #endregion
            }
            """,
            """
            using GapModel;

            class C
            {
                #region Login
                /// <summary>Logs in.</summary>
                void M() { }
                #endregion
            }
            """);
    }

    [Fact]
    public async Task An_assembly_attribute_leaves_no_blank_line()
    {
        await VerifyAsync(
            """
            using GapModel;

            [assembly: AddressesGap({|#0:"GAP-AUTH-002"|})]

            class C { }
            """,
            """
            using GapModel;

            class C { }
            """);
    }

    [Fact]
    public async Task The_first_line_of_a_file_goes_without_a_trace()
    {
        await VerifyAsync(
            """
            [assembly: GapModel.AddressesGap({|#0:"GAP-AUTH-002"|})]

            class C { }
            """,
            """
            class C { }
            """);
    }

    [Fact]
    public async Task Fix_all_removes_adjacent_lists_and_a_list_of_two_stale_attributes()
    {
        var test = new CodeFixTest<ResolvedGapFixer>(
            """
            using System;
            using GapModel;

            class C
            {
                /// <summary>Logs in.</summary>
                [AddressesGap({|#0:"GAP-AUTH-002"|})]
                [AddressesGap({|#1:"GAP-AUTH-002"|}), AddressesGap({|#2:"GAP-AUTH-002"|})]
                [Obsolete]
                [AddressesGap("GAP-AUTH-001")]
                void M() { }
            }
            """,
            """
            using System;
            using GapModel;

            class C
            {
                /// <summary>Logs in.</summary>
                [Obsolete]
                [AddressesGap("GAP-AUTH-001")]
                void M() { }
            }
            """);
        test.TestState.Sources.Add(("/0/Other.cs", """
            [GapModel.AddressesGap({|#3:"GAP-AUTH-002"|})]
            class D { }
            """));
        test.FixedState.Sources.Add(("/0/Other.cs", """
            class D { }
            """));
        for (var i = 0; i < 4; i++)
        {
            test.ExpectedDiagnostics.Add(Resolved(i));
        }

        test.NumberOfIncrementalIterations = 4;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        await test.RunAsync();
    }
}
