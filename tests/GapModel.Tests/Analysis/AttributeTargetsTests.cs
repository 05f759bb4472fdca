using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GapModel.Generators.Analysis;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Generation;
using GapModel.Tests.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GapModel.Tests.Analysis;

/// <summary>Wherever C# lets the attribute sit, it is checked, and exactly once.</summary>
public sealed class AttributeTargetsTests
{
    // Each marked argument names a different unknown gap, so a target visited twice or not at all fails the test.
    private const string EveryTarget = """
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

        class F
        {
            [field: AddressesGap({|#35:"GAP-X-35"|})]
            public int Auto { get; set; }

            [field: AddressesGap({|#36:"GAP-X-36"|})]
            public event Action? FieldLike;

            [method: AddressesGap({|#37:"GAP-X-37"|})]
            public event Action? WithAccessors;

            [event: AddressesGap({|#38:"GAP-X-38"|})]
            public event Action? Explicit;

            public void Raise() { FieldLike?.Invoke(); WithAccessors?.Invoke(); Explicit?.Invoke(); }
        }

        [method: AddressesGap({|#39:"GAP-X-39"|})]
        class WithPrimary(int x)
        {
            public int X => x;
        }
        """;

    /// <summary>What <c>GapCatalog.AddressedBy("GAP-X-i")</c> lists for the i-th marked argument of <see cref="EveryTarget"/>.</summary>
    private static readonly string[] EveryTargetShown =
    [
        "assembly App",
        "module App.dll",
        "C<T>",
        "C<T> type parameter T",
        "C<T>._field",
        "C<T>.M<U>(int)",
        "C<T>.M<U>(int) return value",
        "C<T>.M<U>(int) type parameter U",
        "C<T>.M<U>(int) parameter p",
        "C<T>.M<U>(int) local function Local(int)",
        "C<T>.M<U>(int) local function Local(int) return value",
        "C<T>.M<U>(int) local function Local(int) parameter q",
        "C<T>.M<U>(int) lambda",
        "C<T>.M<U>(int) lambda parameter r",
        "C<T>.C()",
        "C<T>.Property",
        "C<T>.Property.get",
        "C<T>.Property.set parameter value",
        "C<T>.this[int]",
        "C<T>.this[int] parameter i",
        "C<T>.Happened",
        "C<T>.operator +(C<T>, C<T>)",
        "C<T>.operator +(C<T>, C<T>) parameter b",
        "D",
        "D return value",
        "D parameter a",
        "E",
        "E.A",
        "I",
        "S",
        "R",
        "R.R(int) parameter A",
        "Primary.Primary(int) parameter value",
        "Positional.A",
        "Positional.B backing field",
        "F.Auto backing field",
        "F.FieldLike backing field",
        "F.WithAccessors accessors",
        "F.Explicit",
        "WithPrimary.WithPrimary(int)",
    ];

    [Fact]
    public async Task Every_target_is_checked_exactly_once()
    {
        var test = new AnalyzerTest(EveryTarget);
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, EveryTargetShown.Length).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-X-" + i, string.Empty)));
        await test.RunAsync();
    }

    [Fact]
    public void Every_target_the_analyzer_checks_is_listed_by_AddressedBy_once()
    {
        var addressedBy = AddressedByRun.Of(GeneratorHarness.Gaps("docs/gaps.md", AnalyzerTestHarness.Gaps), EveryTarget);

        var actual = Enumerable.Range(0, EveryTargetShown.Length).Select(i => string.Join(" | ", addressedBy("GAP-X-" + i))).ToList();
        Assert.Equal(EveryTargetShown, actual);
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

                // One attribute, two backing fields: reported once, at the one argument.
                [field: AddressesGap({|#2:"GAP-F-2"|})]
                public event Action? First, Second;
            }
            """;

        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 3).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-F-" + i, string.Empty)));
        await test.RunAsync();
    }

    // Every way of writing a reference to the generated constant of a resolved gap: each is reported (GM0002) and listed.
    private const string Spellings = """
        using GapModel;
        using static App.Gaps;
        using G = App.Gaps;

        namespace App
        {
            public static class Mine
            {
                public const string Resolved = Gaps.Auth002;
                public const string Indirect = Resolved;
            }

            public class Spellings
            {
                private const string Local = G.Auth002;

                [AddressesGap({|#0:Gaps.Auth002|})] public void Qualified() { }
                [AddressesGap({|#1:App.Gaps.Auth002|})] public void FullyQualified() { }
                [AddressesGap({|#2:global::App.Gaps.Auth002|})] public void GlobalQualified() { }
                [AddressesGap({|#3:G.Auth002|})] public void Alias() { }
                [AddressesGap({|#4:Auth002|})] public void UsingStatic() { }
                [AddressesGap({|#5:Local|})] public void OwnConstant() { }
                [AddressesGap({|#6:Mine.Resolved|})] public void OtherClassConstant() { }
                [AddressesGap({|#7:Mine.Indirect|})] public void ConstantOfConstant() { }
                [AddressesGap(gapId: {|#8:Gaps.Auth002|})] public void NamedArgument() { }
                [AddressesGap({|#9:"GAP-AUTH-002"|})] public void Literal() { }
                [AddressesGap({|#10:(Gaps.Auth002)|})] public void Parenthesized() { }
            }
        }
        """;

    private const string GlobalUsingStatic = """
        global using static App.Gaps;
        """;

    private const string SpellingsElsewhere = """
        using GapModel;

        namespace Other
        {
            public class Elsewhere
            {
                [AddressesGap({|#11:Auth002|})] public void GlobalUsingStatic() { }
                [AddressesGap({|#12:App.Mine.Resolved|})] public void ConstantInAnotherFile() { }
                [AddressesGap({|#13:Shared.Auth|})] public void ConstantOfAnotherNamespace() { }
            }

            public static class Shared
            {
                public const string Auth = App.Gaps.Auth002;
            }
        }
        """;

    private static readonly string[] SpellingsShown =
    [
        "App.Spellings.Alias()",
        "App.Spellings.ConstantOfConstant()",
        "App.Spellings.FullyQualified()",
        "App.Spellings.GlobalQualified()",
        "App.Spellings.Literal()",
        "App.Spellings.NamedArgument()",
        "App.Spellings.OtherClassConstant()",
        "App.Spellings.OwnConstant()",
        "App.Spellings.Parenthesized()",
        "App.Spellings.Qualified()",
        "App.Spellings.UsingStatic()",
        "Other.Elsewhere.ConstantInAnotherFile()",
        "Other.Elsewhere.ConstantOfAnotherNamespace()",
        "Other.Elsewhere.GlobalUsingStatic()",
    ];

    [Fact]
    public async Task Every_spelling_of_a_constant_is_checked()
    {
        var test = new WithGenerator(Spellings);
        test.TestState.Sources.Add(("/0/Test1.cs", GlobalUsingStatic));
        test.TestState.Sources.Add(("/0/Test2.cs", SpellingsElsewhere));
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, SpellingsShown.Length).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.ResolvedGap).WithLocation(i).WithArguments("GAP-AUTH-002", "Legacy login", "docs/gaps.md:8")));
        await test.RunAsync();
    }

    [Fact]
    public void Every_spelling_of_a_constant_is_listed_by_AddressedBy()
    {
        var addressedBy = AddressedByRun.Of(GeneratorHarness.Gaps("docs/gaps.md", AnalyzerTestHarness.Gaps), Spellings, GlobalUsingStatic, SpellingsElsewhere);

        Assert.Equal(SpellingsShown, addressedBy("GAP-AUTH-002"));
    }

    // The CommunityToolkit.Mvvm pattern: a generator writes the defining half, the user the implementing one.
    private const string GeneratedDefinitions = """
        // <auto-generated/>
        partial class Vm
        {
            partial void OnNameChanged(string value);

            public partial string Title { get; set; }
        }
        """;

    private const string UserImplementations = """
        using GapModel;

        partial class Vm
        {
            [AddressesGap({|#0:"GAP-NOPE-001"|})]
            [return: AddressesGap({|#1:"GAP-NOPE-002"|})]
            partial void OnNameChanged([AddressesGap({|#2:"GAP-NOPE-003"|})] string value) { }

            [AddressesGap({|#3:"GAP-NOPE-004"|})]
            public partial string Title { get => ""; set { } }
        }
        """;

    private const string UserDefinitions = """
        using GapModel;

        partial class Model
        {
            [AddressesGap({|#0:"GAP-NOPE-011"|})]
            partial void OnSaved([AddressesGap({|#1:"GAP-NOPE-012"|})] int count);

            [AddressesGap({|#2:"GAP-NOPE-013"|})]
            public partial int Count { get; set; }
        }
        """;

    private const string GeneratedImplementations = """
        // <auto-generated/>
        using GapModel;

        partial class Model
        {
            [AddressesGap("GAP-NOPE-GENERATED")]
            partial void OnSaved(int count) { }

            [AddressesGap("GAP-NOPE-GENERATED")]
            public partial int Count { get => 0; set { } }
        }
        """;

    [Fact]
    public async Task The_users_half_of_a_partial_member_whose_definition_is_generated_is_checked()
    {
        var test = new AnalyzerTest(UserImplementations);
        test.TestState.Sources.Add(("/0/Vm.g.cs", GeneratedDefinitions));
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 4).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-NOPE-00" + (i + 1), string.Empty)));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_users_half_of_a_partial_member_whose_implementation_is_generated_is_checked_once()
    {
        var test = new AnalyzerTest(UserDefinitions);
        test.TestState.Sources.Add(("/0/Model.g.cs", GeneratedImplementations));
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 3).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-NOPE-01" + (i + 1), string.Empty)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Partial_properties_written_by_the_user_report_each_attribute_once()
    {
        const string source = """
            using GapModel;

            partial class P
            {
                [AddressesGap({|#0:"GAP-Q-0"|})]
                public partial int Count { get; set; }
            }

            partial class P
            {
                [AddressesGap({|#1:"GAP-Q-1"|})]
                public partial int Count { get => 0; [param: AddressesGap({|#2:"GAP-Q-2"|})] set { } }
            }
            """;

        var test = new AnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(Enumerable.Range(0, 3).Select(i =>
            new DiagnosticResult(DiagnosticDescriptors.UnknownGap).WithLocation(i).WithArguments("GAP-Q-" + i, string.Empty)));
        await test.RunAsync();
    }

    [Fact]
    public void Both_halves_of_a_partial_member_are_listed_by_AddressedBy()
    {
        var addressedBy = AddressedByRun.Of(
            [GeneratorHarness.Gaps("docs/gaps.md", AnalyzerTestHarness.Gaps)],
            ("Vm.g.cs", GeneratedDefinitions),
            ("Vm.cs", UserImplementations),
            ("Model.cs", UserDefinitions),
            ("Model.g.cs", GeneratedImplementations));

        Assert.Equal(["Vm.OnNameChanged(string)"], addressedBy("GAP-NOPE-001"));
        Assert.Equal(["Vm.OnNameChanged(string) return value"], addressedBy("GAP-NOPE-002"));
        Assert.Equal(["Vm.OnNameChanged(string) parameter value"], addressedBy("GAP-NOPE-003"));
        Assert.Equal(["Vm.Title"], addressedBy("GAP-NOPE-004"));
        Assert.Equal(["Model.OnSaved(int)"], addressedBy("GAP-NOPE-011"));
        Assert.Equal(["Model.OnSaved(int) parameter count"], addressedBy("GAP-NOPE-012"));
        Assert.Equal(["Model.Count"], addressedBy("GAP-NOPE-013"));
    }

    /// <summary>The analyzer next to the real generator, so the generated <c>Gaps</c> constants exist.</summary>
    private sealed class WithGenerator : CSharpAnalyzerTest<AddressesGapAnalyzer, DefaultVerifier>
    {
        public WithGenerator(string source)
        {
            ReferenceAssemblies = AnalyzerTestHarness.NoPackages;
            TestCode = source;
            AnalyzerTestHarness.Configure(TestState, AnalyzerTestHarness.Gaps, AnalyzerTestHarness.GlobalConfig());
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(GapGenerator)];

        protected override Project ApplyCompilationOptions(Project project)
            => AnalyzerTestHarness.WithUsersDefaults(base.ApplyCompilationOptions(project));
    }
}
