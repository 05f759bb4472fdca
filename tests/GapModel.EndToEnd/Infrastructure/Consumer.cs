using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GapModel.EndToEnd.Infrastructure;

/// <summary>
/// A project outside the repository that references GapModel from the test feed, with its own NuGet
/// packages folder so the package is extracted fresh.
/// </summary>
internal sealed partial class Consumer
{
    private readonly PackageFeed _feed;
    private readonly string _packages;

    private Consumer(PackageFeed feed, string root)
    {
        _feed = feed;
        Root = root;
        _packages = Path.Combine(root, ".packages");
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="gapmodel-test-feed" value="{feed.Directory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        // Nothing from the repository's build settings may leak in.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
    }

    /// <summary>The folder holding the consumer's projects.</summary>
    public string Root { get; }

    public static Consumer Create(PackageFeed feed, string name) => new(feed, Repository.NewTempDirectory(name));

    /// <summary>A project file that references the package under test; <paramref name="extra"/> goes inside &lt;Project&gt;.</summary>
    public string ProjectXml(string outputType = "Exe", string extraProperties = "", string extraItems = "")
        => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="GapModel" Version="{_feed.Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """;

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public IDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = _packages };

    public BuildResult Build(string project, params string[] arguments)
    {
        var result = DotNet.Run(Root, ["build", project, "-nodeReuse:false", "-clp:NoSummary", .. arguments], Environment);
        return new BuildResult(result, ParseDiagnostics(result.Output, Root));
    }

    public ProcessResult Run(string project)
        => DotNet.RunChecked(Root, ["run", "--project", project, "--no-build"], Environment);

    public ProcessResult Dotnet(params string[] arguments) => DotNet.Run(Root, arguments, Environment);

    private static List<BuildDiagnostic> ParseDiagnostics(string output, string root)
    {
        var found = new List<BuildDiagnostic>();
        foreach (var line in output.Split('\n'))
        {
            var match = LocatedDiagnostic().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var file = match.Groups["file"].Value.Trim();
            if (Path.IsPathRooted(file))
            {
                file = Path.GetRelativePath(root, file);
            }

            found.Add(new BuildDiagnostic(
                file.Replace('\\', '/'),
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value));
        }

        // MSBuild prints a diagnostic once per project that reports it, and again in a summary.
        return found.Distinct().ToList();
    }

    [GeneratedRegex(@"^\s*(?<file>[^()]+)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error|info) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \([^ ]*diagnostics/[A-Z0-9]+\.md\))?(?: \[[^\]]+\])?$")]
    private static partial Regex LocatedDiagnostic();
}

internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}

internal sealed record BuildResult(ProcessResult Process, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    /// <summary>The diagnostics GapModel reports (GM…), in a stable order.</summary>
    public IReadOnlyList<string> GapModelDiagnostics
        => Diagnostics.Where(d => d.Id.StartsWith("GM", StringComparison.Ordinal))
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}")
            .ToList();

    /// <summary>Codes that mean a generator or analyzer failed to load or threw, losing its output.</summary>
    public IReadOnlyList<string> LoadOrCrashErrors
        => new[] { "CS8032", "CS8784", "CS8785", "CS9057", "AD0001" }.Where(code => Process.Output.Contains(code, StringComparison.Ordinal)).ToList();
}
