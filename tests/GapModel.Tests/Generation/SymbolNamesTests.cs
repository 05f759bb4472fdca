using System.Collections.Generic;
using System.Linq;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>
/// <see cref="SymbolNames"/> writes the common members from cached type names: for every member of a compilation
/// full of awkward shapes, it must give exactly what <c>ToDisplayString</c> gives, so <c>AddressedBy</c> and the link
/// record do not change with the shortcut.
/// </summary>
public sealed class SymbolNamesTests
{
    private const string Source = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        public class Global { public int Field; public void M(string? s, int? n) { } }

        namespace Shop.Orders
        {
            public delegate void Handler(int x);
            public enum Color { Red, Green }
            public interface IPay { void Pay(decimal amount); int Count { get; } event EventHandler Paid; }

            public class Checkout : IPay, IDisposable
            {
                public const string Name = "x";
                public static readonly (int Id, string Label) Tuple = default;
                public int[] Numbers = { };
                public dynamic? Anything;
                public event EventHandler? Paid;
                public event Action<int> Custom { add { } remove { } }
                public int Count => 0;
                public int this[int i] => i;
                public string @class = "";
                public int var;
                public int async;
                public void Pay(decimal amount) { }
                public Task<List<Dictionary<string, int?>>> LoadAsync(CancellationToken token, IEnumerable<(int A, string B)> pairs) => null!;
                public void Refs(ref int a, out int b, in int c) { b = 0; }
                public void Many(params int[] values) { }
                public T Generic<T>(T value) => value;
                public void Defaults(int a = 1, string? b = null) { }
                public unsafe void Pointers(int* p, delegate*<int, void> f) { }
                public void @event(object @object) { }
                void IDisposable.Dispose() { }
                int IPay.Count => 1;
                public static Checkout operator +(Checkout a, Checkout b) => a;
                public static implicit operator int(Checkout c) => 0;
                public Checkout() { }
                static Checkout() { }
                ~Checkout() { }
                public class Nested<TItem> where TItem : class
                {
                    public TItem? Item;
                    public void Take(TItem item, Nested<TItem> other) { }
                    public struct Deeper { public void Go(Nested<string>.Deeper d) { } }
                }
            }

            public record Order(int Id, string Customer) { public void Ship() { } }
            public record struct Point(int X, int Y);
            public static class Extensions { public static int Twice(this int value) => value * 2; }
            public readonly struct Money { public decimal Amount { get; init; } public override string ToString() => ""; }
        }
        """;

    [Fact]
    public void Every_member_is_shown_as_ToDisplayString_shows_it()
    {
        var compilation = GeneratorHarness.CreateCompilation(Source)
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var symbols = Types(compilation.Assembly.GlobalNamespace)
            .SelectMany(t => t.GetMembers().Prepend(t))
            .SelectMany(s => s is IMethodSymbol m ? m.Parameters.Cast<ISymbol>().Prepend(s) : [s])
            .ToList();
        Assert.True(symbols.Count > 80, symbols.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(symbols, symbol => Assert.Equal(symbol.ToDisplayString(SymbolNames.Format), SymbolNames.Of(symbol)));
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in Types(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in Types(type))
                {
                    yield return nested;
                }
            }
        }
    }
}
