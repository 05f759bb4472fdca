using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using GapModel.Generators.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Tests.Generation;

/// <summary>Runs <see cref="GapGenerator"/> the way the compiler does, with reference assemblies that need no download.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/src/App/";

    public static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(AddressesGapAttribute).Assembly.Location)];

    public static readonly CSharpParseOptions LatestSyntax = new(LanguageVersion.Latest);

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "App",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, LatestSyntax, path: ProjectDirectory + "File" + i + ".cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null)
        => CSharpGeneratorDriver.Create(
            [new GapGenerator().AsSourceGenerator()],
            files,
            LatestSyntax,
            Options(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The build properties the compiler would see, and <c>GapModel="false"</c> on files named *excluded*.</summary>
    public static AnalyzerConfigOptionsProvider Options(IReadOnlyDictionary<string, string>? properties = null)
        => new TestOptionsProvider(properties ?? DefaultProperties);

    public static IReadOnlyDictionary<string, string> DefaultProperties { get; } = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "App",
        ["build_property.ProjectDir"] = ProjectDirectory,
    };

    public static IReadOnlyDictionary<string, string> With(params (string Key, string Value)[] properties)
    {
        var all = new Dictionary<string, string>(DefaultProperties);
        foreach (var (key, value) in properties)
        {
            all["build_property." + key] = value;
        }

        return all;
    }

    public static AdditionalText Gaps(string relativePath, string text) => new InMemoryText(ProjectDirectory + relativePath, text);

    /// <summary>Runs the generator once over the sources and documents; the result and the compilation with its output.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, params string[] sources)
    {
        var driver = Driver(files, properties).RunGeneratorsAndUpdateCompilation(CreateCompilation(sources), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    public static string Source(GeneratorDriverRunResult result, string hintName)
        => result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Emits the compilation and loads it in a collectible context, so a test can call the generated catalog.</summary>
    public static Assembly Load(Compilation compilation, AssemblyLoadContext context)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new TestOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => textFile.Path.Contains("excluded", StringComparison.Ordinal)
                ? new TestOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.GapModel"] = "false" })
                : TestOptions.Empty;
    }

    private sealed class TestOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
