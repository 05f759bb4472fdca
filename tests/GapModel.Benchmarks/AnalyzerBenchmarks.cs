using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using GapModel.Generators.Analysis;
using GapModel.Generators.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GapModel.Benchmarks;

/// <summary>
/// <see cref="AddressesGapAnalyzer"/> over a compilation of 300 files with 3,000 <c>[AddressesGap]</c> references
/// to 5,000 gaps in 5 documents, against the compiler's own diagnostics for the same compilation. Each call works
/// on a fresh clone of the compilation, so nothing bound by an earlier call is reused.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    public const int Files = 300;
    public const int References = 3_000;
    public const int Documents = 5;
    public const int GapsPerDocument = 1_000;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new AddressesGapAnalyzer()];
    private static readonly ImmutableArray<DiagnosticAnalyzer> EmptyActions = [new SameActionsAnalyzer()];

    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var ids = GapDocuments.OpenIds(Documents * GapsPerDocument);
        _compilation = Consumer.Compilation(Consumer.Sources(Files, References, ids).Select(s => Consumer.Parse(s.Text, s.Path)));
        var documents = Enumerable.Range(0, Documents)
            .Select(d => InMemoryAdditionalText.FromBytes(
                Consumer.ProjectDirectory + "docs/gaps-" + d + ".md",
                Encoding.UTF8.GetBytes(GapDocuments.Create(GapsPerDocument, first: d * GapsPerDocument))))
            .ToImmutableArray<AdditionalText>();

        // In a build the generator has read the documents before the analyzers run; the analyzer reuses that read.
        foreach (var document in documents)
        {
            GapFiles.Parse(document.GetText()!, CancellationToken.None);
        }

        _options = new AnalyzerOptions(documents, Consumer.Options());
    }

    [Benchmark(Baseline = true, Description = "Compilation.GetDiagnostics (no analyzer)")]
    public ImmutableArray<Diagnostic> CompilerDiagnostics() => _compilation.Clone().GetDiagnostics();

    /// <summary>
    /// Includes binding the whole compilation: the analyzer driver compiles to produce the symbol events its actions
    /// run on, as the compiler does in a build. The ratio to the baseline, less one, is what the analyzer adds.
    /// </summary>
    [Benchmark(Description = "AddressesGapAnalyzer: GetAnalyzerDiagnosticsAsync")]
    public Task<ImmutableArray<Diagnostic>> AnalyzerDiagnostics() => WithAnalyzer().GetAnalyzerDiagnosticsAsync();

    /// <summary>The analyzer driver's own cost for the same registrations, with actions that do nothing.</summary>
    [Benchmark(Description = "Same actions, empty: GetAnalyzerDiagnosticsAsync")]
    public Task<ImmutableArray<Diagnostic>> EmptyActionDiagnostics() => WithAnalyzer(EmptyActions).GetAnalyzerDiagnosticsAsync();

    private CompilationWithAnalyzers WithAnalyzer(ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
        => _compilation.Clone().WithAnalyzers(analyzers ?? Analyzers, new CompilationWithAnalyzersOptions(_options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));

    /// <summary>Registers what <see cref="AddressesGapAnalyzer"/> registers, and does nothing in its actions.</summary>
    /// <remarks>Never loaded by a compiler, only handed to <c>CompilationWithAnalyzers</c>: the rules for shipped analyzers do not apply.</remarks>
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class SameActionsAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
                start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.AttributeList);
            });
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
