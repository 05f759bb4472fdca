using System.Linq;
using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>Wherever C# lets the attribute sit, it is checked, and exactly once.</summary>
public sealed class AttributeTargetsTests
{
    [Fact]
    public async Task Every_target_is_checked_exactly_once()
    {
        // Each marked argument names a different unknown gap, so a target visited twice or not at all fails the test.
        const string source = """
            using System;
            using GapModel;

            [assembly: AddressesGap({|#0:"GAP-X-0"|})]
            [module: AddressesGap({|#1:"GAP-X-1"|})]

            [AddressesGap({|#2:"GAP-X-2"|})]
            class C<[AddressesGap({|#3:"GAP-X-3"|})] T>
            {
                [AddressesGap({|#4:"GAP-X-4"|})]
                int _field;

                [AddressesGap({|#5:"GAP-X-5"|})]
                [return: AddressesGap({|#6:"GAP-X-6"|})]
                int M<[AddressesGap({|#7:"GAP-X-7"|})] U>([AddressesGap({|#8:"GAP-X-8"|})] int p)
                {
                    [AddressesGap({|#9:"GAP-X-9"|})]
                    [return: AddressesGap({|#10:"GAP-X-10"|})]
                    int Local([AddressesGap({|#11:"GAP-X-11"|})] int q) => q;

                    Func<int, int> lambda = [AddressesGap({|#12:"GAP-X-12"|})] ([AddressesGap({|#13:"GAP-X-13"|})] int r) => r;
                    return Local(p) + lambda(p) + _field;
                }

                [AddressesGap({|#14:"GAP-X-14"|})]
                C() { }

                [AddressesGap({|#15:"GAP-X-15"|})]
                int Property
                {
                    [AddressesGap({|#16:"GAP-X-16"|})]
                    get => 0;
                    [param: AddressesGap({|#17:"GAP-X-17"|})]
                    set { }
                }

                [AddressesGap({|#18:"GAP-X-18"|})]
                int this[[AddressesGap({|#19:"GAP-X-19"|})] int i]
                {
                    get => i;
                    set { }
                }

                [AddressesGap({|#20:"GAP-X-20"|})]
                event Action? Happened { add { } remove { } }

                [AddressesGap({|#21:"GAP-X-21"|})]
                public static C<T> operator +(C<T> a, [AddressesGap({|#22:"GAP-X-22"|})] C<T> b) => a;
            }

            [AddressesGap({|#23:"GAP-X-23"|})]
            [return: AddressesGap({|#24:"GAP-X-24"|})]
            delegate int D([AddressesGap({|#25:"GAP-X-25"|})] int a);

            [AddressesGap({|#26:"GAP-X-26"|})]
            enum E
            {
                [AddressesGap({|#27:"GAP-X-27"|})]
                A,
            }

            [AddressesGap({|#28:"GAP-X-28"|})]
            interface I { }

            [AddressesGap({|#29:"GAP-X-29"|})]
            struct S { }

            [AddressesGap({|#30:"GAP-X-30"|})]
            record R([AddressesGap({|#31:"GAP-X-31"|})] int A);

            class Primary([AddressesGap({|#32:"GAP-X-32"|})] int value)
            {
                public int Value => value;
            }

            record Positional([property: AddressesGap({|#33:"GAP-X-33"|})] int A, [field: AddressesGap({|#34:"GAP-X-34"|})] int B);
            """;

        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 35).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-X-" + i, string.Empty)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Partial_types_and_methods_report_each_attribute_once()
    {
        const string source = """
            using GapModel;

            [AddressesGap({|#0:"GAP-P-0"|})]
            partial class P
            {
                [AddressesGap({|#2:"GAP-P-2"|})]
                partial void M([AddressesGap({|#3:"GAP-P-3"|})] int a);
            }

            [AddressesGap({|#1:"GAP-P-1"|})]
            partial class P
            {
                [AddressesGap({|#4:"GAP-P-4"|})]
                partial void M(int a) { }
            }
            """;

        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 5).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-P-" + i, string.Empty)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Auto_property_and_field_like_event_backing_fields_are_checked()
    {
        const string source = """
            using System;
            using GapModel;

            class C
            {
                [field: AddressesGap({|#0:"GAP-F-0"|})]
                public int Auto { get; set; }

                [field: AddressesGap({|#1:"GAP-F-1"|})]
                public event Action? FieldLike;
            }
            """;

        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 2).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-F-" + i, string.Empty)));
        await test.RunAsync();
    }
}
