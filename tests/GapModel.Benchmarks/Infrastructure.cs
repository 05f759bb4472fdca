using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.Benchmarks;

/// <summary>
/// An additional file held in memory. <see cref="GetText"/> returns the same <see cref="SourceText"/> every time,
/// as the compiler does for one file within one build; build a new instance for a new, never-parsed text.
/// </summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>
    /// The text as the compiler builds it from the file's bytes: texts past 40K characters become a chunked
    /// <c>LargeText</c>, so <see cref="SourceText.ToString()"/> copies, as in a real build.
    /// </summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return new InMemoryAdditionalText(path, SourceText.From(stream, Encoding.UTF8, SourceHashAlgorithm.Sha256));
    }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild-visible properties and per-file metadata, as the SDK writes them into the generated .editorconfig.</summary>
internal sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    public DictionaryOptionsProvider(IDictionary<string, string> globalOptions)
    {
        GlobalOptions = new DictionaryOptions(globalOptions.ToImmutableDictionary());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

/// <summary>The consumer project the generator and analyzer benchmarks compile.</summary>
internal static class Consumer
{
    public const string ProjectDirectory = "/consumer/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true);

    /// <summary>.NET 8 reference assemblies and GapModel.dll (the runtime library the package puts under lib/).</summary>
    public static readonly ImmutableArray<MetadataReference> References = Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(global::GapModel.AddressesGapAttribute).Assembly.Location))
        .ToImmutableArray();

    public static DictionaryOptionsProvider Options() => new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ProjectDir"] = ProjectDirectory,
    });

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create("Consumer", trees, References, CompilationOptions);

    public static SyntaxTree Parse(string text, string path)
        => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    /// <summary>
    /// <paramref name="fileCount"/> source files holding <paramref name="referenceCount"/> <c>[AddressesGap]</c>
    /// references spread over classes, methods and properties, each naming one of <paramref name="ids"/>.
    /// </summary>
    public static List<(string Path, string Text)> Sources(int fileCount, int referenceCount, IReadOnlyList<string> ids, bool withUsing = true)
    {
        var files = new List<(string, string)>(fileCount);
        var perFile = referenceCount / fileCount;
        var extra = referenceCount % fileCount;
        var next = 0;
        for (var f = 0; f < fileCount; f++)
        {
            var count = perFile + (f < extra ? 1 : 0);
            var text = new StringBuilder();
            text.Append("using System;\nusing System.Collections.Generic;\n");
            if (withUsing)
            {
                text.Append("using GapModel;\n");
            }

            var fs = f.ToString(CultureInfo.InvariantCulture);
            text.Append("\nnamespace Consumer.Area").Append((f % 20).ToString(CultureInfo.InvariantCulture)).Append(";\n\n");
            text.Append("[AddressesGap(\"").Append(ids[next++ % ids.Count]).Append("\")]\n");
            text.Append("public sealed class Service").Append(fs).Append("\n{\n");
            text.Append("    private readonly Dictionary<string, int> _counts = new();\n\n");
            for (var r = 1; r < count; r++)
            {
                var rs = r.ToString(CultureInfo.InvariantCulture);
                text.Append("    [AddressesGap(\"").Append(ids[next++ % ids.Count]).Append("\")]\n");
                if (r % 3 == 0)
                {
                    text.Append("    public int Count").Append(rs).Append(" => _counts.TryGetValue(\"k").Append(rs).Append("\", out var v) ? v : ").Append(rs).Append(";\n\n");
                }
                else
                {
                    text.Append("    public string Handle").Append(rs).Append("(string input, int times)\n    {\n");
                    text.Append("        var result = input;\n        for (var i = 0; i < times; i++)\n        {\n");
                    text.Append("            result = string.Concat(result, i.ToString()).Trim();\n        }\n\n");
                    text.Append("        _counts[result] = times + ").Append(rs).Append(";\n        return result;\n    }\n\n");
                }
            }

            text.Append("}\n");
            files.Add(("/consumer/Area" + (f % 20).ToString(CultureInfo.InvariantCulture) + "/Service" + fs + ".cs", text.ToString()));
        }

        return files;
    }
}
