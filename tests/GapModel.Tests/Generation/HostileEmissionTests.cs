using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using CsCheck;
using GapModel.Generators.Emit;
using GapModel.Generators.Generation;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>
/// Whatever a title, field or ID holds, the generated code compiles with no diagnostic and every string comes back
/// exactly through <c>GapCatalog</c>. Specs are built directly, so the text is more hostile than any document could make it.
/// </summary>
public sealed class HostileEmissionTests
{
    // The fragments that have broken generators: quotes, comment and XML terminators, line separators C# honours,
    // NUL, lone surrogates, a BOM, emoji, and C# syntax that must stay inert.
    private static readonly Gen<string> Fragment = Gen.OneOf<string>(
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "</summary>", "<T>", "&amp;", "&", "<", "]]>", "<!--", "{", "}", "#if DEBUG", "@",
        "\u2028", "\u2029", "\u0085", "\0", "\r\n", "\r", "\n", "\t", "\uD800", "\uDC00", "\uFEFF", "\uFFFF", "😀", "👩‍💻", "é", "\u007F", "\u009F",
        "class", "Gaps", "GapCatalog", "Data", "{0}", "$\"{x}\"");

    private static readonly Gen<string> Text = Gen.Frequency(
            (3, Fragment),
            (2, Gen.Char.Array[0, 8].Select(chars => new string(chars))),
            (1, Gen.Char['a', 'z'].Array[1, 6].Select(chars => new string(chars))))
        .Array[0, 6]
        .Select(parts => string.Concat(parts));

    // Valid IDs whose names are awkward: digits first, keyword-like, equal to the class or its members, colliding.
    private static readonly Gen<string> Id = Gen.Frequency(
        (1, Gen.OneOf<string>("GAP-2FA-001", "GAP-CLASS", "GAP-GAPS", "GAP-EQUALS", "GAP-TO-STRING", "GAP-GAP-2FA-001", "GAP-SELF-MOD-010", "GAP-SELFMOD-010",
            "GAP-A1-B", "GAP-A1B", "GAP-1", "GAP-1-A", "GAP-1A", "GAP-DATA", "GAP-GAPCATALOG", "GAP-ALL", "GAP-TRY-GET")),
        (2, Gen.Char["ABCXYZ0129"].Array[1, 5].Select(chars => new string(chars)).Array[1, 4].Select(segments => "GAP-" + string.Join("-", segments))));

    // Texts are shared between gaps and between a gap's typed text and its fields (a Status field holding the status
    // text, a Systems Affected field holding the systems joined, a Classification holding the three texts joined), as
    // the catalog's string table and joins must carry them; lines go up, down and stay.
    private static readonly Gen<GapSpec> Gap =
        Gen.Select(Id, Text, Text.Array[0, 3], Text.Array[0, 3], Gen.Bool, Gen.Int[1, 100_000], Gen.Int[-3, 40].Array[5], Gen.OneOf<string>("", "P1", "OPEN", "\uD800"))
            .Select(t =>
            {
                var (id, title, systems, items, done, line, steps, shared) = t;
                SourcePosition At(int index) => new(0, 0, Math.Max(0, line - 1 + steps[index % steps.Length] * (index + 1)), 0);
                var fields = new[]
                {
                    new FieldSpec(title + ":name", title, items.Select((i, n) => new ChecklistItemSpec(i, done ^ (n % 2 == 1), At(n + 2))).ToEquatableArray(), At(0)),
                    new FieldSpec("Status", "RESOLVED" + title, EquatableArray<ChecklistItemSpec>.Empty, At(1)),
                    new FieldSpec("Systems Affected", string.Join(", ", systems), EquatableArray<ChecklistItemSpec>.Empty, At(2)),
                    new FieldSpec("Classification", title + " | " + shared + " | " + title, EquatableArray<ChecklistItemSpec>.Empty, At(3)),
                    new FieldSpec(shared, shared, EquatableArray<ChecklistItemSpec>.Empty, At(4)),
                }.ToEquatableArray();
                var classified = new[]
                {
                    new Classified((int)GapStatusKind.Resolved, "RESOLVED" + title, At(1)),
                    new Classified(line % 5, shared, At(3)),
                    new Classified((int)GapTypeKind.Other, title, At(3)),
                    new Classified(line % 6, title, At(3)),
                }.ToEquatableArray();
                return new GapSpec(id, title, new SourcePosition(0, 0, line - 1, 0), classified, systems.ToEquatableArray(), fields);
            });

    [Fact]
    public void Generated_code_compiles_cleanly_and_every_string_round_trips_whatever_the_text()
    {
        Gap.Array[1, 60]
            .Select(gaps => gaps.GroupBy(g => g.Id, StringComparer.Ordinal).Select(g => g.First()).ToArray())
            .Sample(gaps => AssertCompilesAndRoundTrips(gaps), iter: 40, threads: 1);
    }

    private static void AssertCompilesAndRoundTrips(GapSpec[] gaps)
    {
        var names = ConstantNames.Assign(gaps.Select(g => g.Id));
        Assert.Equal(names.Count, names.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var spec = new CatalogSpec("Hostile.Catalog", IsPublic: true, RecordsDefinitions: true, GenerateCatalog: true, NullableAnnotations: true, HasNotNullWhen: true, DocumentCount: 1,
            gaps.Select(g => new CatalogGap(g, names[g.Id], "docs/" + g.Title + ".md")).ToEquatableArray());
        // A symbol's display string is C# names: hostile, but never a lone surrogate, which metadata strings cannot hold.
        static string Symbol(GapSpec gap) => GapModel.Shared.GapDefinitionFormat.WithoutLoneSurrogates(gap.Title);
        var links = new LinksSpec(true, gaps.Select(g => new GapLink(LinkKind.Addresses, g.Id, 0, Symbol(g), "src/" + g.Title + ".cs", 3, g.Title))
            .Concat(gaps.Select(g => new GapLink(LinkKind.Validates, g.Id, 1, Symbol(g), "src/" + g.Title + ".cs", 4, null))).ToEquatableArray());

        // A CLS-compliant assembly (CS3001/CS3003/CS3008 on public members), documentation mode on, every warning an
        // error, missing XML docs (CS1591) included: the output must be spotless.
        var sources = new[] { ConstantsEmitter.Emit(spec).ToString(), CatalogEmitter.Emit(spec).ToString(), DefinitionsEmitter.Emit(spec).ToString(), AddressedByEmitter.Emit(spec).ToString(), LinksEmitter.Emit(links).ToString(), "[assembly: System.CLSCompliant(true)]" };
        var syntax = GeneratorHarness.LatestSyntax.WithDocumentationMode(DocumentationMode.Diagnose);
        var withDocs = CSharpCompilation.Create(
            "Hostile" + Guid.NewGuid().ToString("N"),
            sources.Select(s => CSharpSyntaxTree.ParseText(s, syntax)),
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

        Assert.Empty(withDocs.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));

        var context = new AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            var assembly = GeneratorHarness.Load(withDocs, context);
            var catalog = assembly.GetType("Hostile.Catalog.GapCatalog")!;
            var constants = assembly.GetType("Hostile.Catalog.Gaps")!;
            var all = (IReadOnlyList<GapInfo>)catalog.GetProperty("All")!.GetValue(null)!;
            var addressedBy = catalog.GetMethod("AddressedBy")!;
            var validatedBy = catalog.GetMethod("ValidatedBy")!;
            // The definitions record is an attribute string (UTF-8 in metadata): a lone surrogate reads back as U+FFFD.
            var definitions = GapModel.Shared.GapDefinitionFormat.Read(assembly.GetCustomAttributes(typeof(GapDefinitionsAttribute), false).Cast<GapDefinitionsAttribute>().Single().Records);
            static string Utf8(string text) => GapModel.Shared.GapDefinitionFormat.WithoutLoneSurrogates(text);
            Assert.Equal(
                gaps.Select(g => (g.Id, Utf8(g.Title), g.ValidationCriteria.Select(c => Utf8(c.Text)).ToList())),
                definitions.Select(d => (d.Id, d.Title, d.Criteria.ToList())));
            Assert.Equal(gaps.Select(g => g.Id), all.Select(g => g.Id));
            foreach (var (gap, info) in gaps.Zip(all))
            {
                Assert.Equal(gap.Id, constants.GetField(names[gap.Id].TrimStart('@'), BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue());
                Assert.Equal(gap.Title, info.Title);
                Assert.Equal((int)gap.Status, (int)info.Status);
                Assert.Equal(gap.StatusText, info.StatusText);
                Assert.Equal((int)gap.Priority, (int)info.Priority);
                Assert.Equal(gap.PriorityText, info.PriorityText);
                Assert.Equal((int)gap.Type, (int)info.Type);
                Assert.Equal(gap.TypeText, info.TypeText);
                Assert.Equal((int)gap.Scope, (int)info.Scope);
                Assert.Equal(gap.ScopeText, info.ScopeText);
                Assert.Equal(gap.SystemsAffected, info.SystemsAffected);
                Assert.Equal(gap.Fields.Select(f => (f.Name, f.Value, f.Position.DisplayLine)), info.Fields.Select(f => (f.Name, f.Value, f.Line)));
                Assert.Equal(
                    gap.Fields.SelectMany(f => f.Items).Select(i => (i.Text, i.IsDone, i.Position.DisplayLine)),
                    info.Fields.SelectMany(f => f.Items).Select(i => (i.Text, i.IsDone, i.Line)));
                Assert.Contains(info, (IReadOnlyList<GapInfo>)catalog.GetMethod("WithPriority")!.Invoke(null, [info.Priority])!);
                Assert.Contains(info, (IReadOnlyList<GapInfo>)catalog.GetMethod("WithStatus")!.Invoke(null, [info.Status])!);
                Assert.All(info.SystemsAffected, s => Assert.Contains(info, (IReadOnlyList<GapInfo>)catalog.GetMethod("AffectingSystem")!.Invoke(null, [s])!));
                Assert.Equal("docs/" + gap.Title + ".md", info.SourcePath);
                Assert.Equal(gap.Position.DisplayLine, info.Line);
                Assert.Equal(GapFingerprint.Of(gap), info.Fingerprint);
                Assert.Equal([Symbol(gap)], (IEnumerable<string>)addressedBy.Invoke(null, [gap.Id])!);
                Assert.Equal([(Symbol(gap), 1)], ((IEnumerable<GapValidation>)validatedBy.Invoke(null, [gap.Id])!).Select(v => (v.Symbol, v.Criterion)));
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
