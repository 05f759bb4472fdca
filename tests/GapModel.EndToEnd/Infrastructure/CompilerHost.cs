using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace GapModel.EndToEnd.Infrastructure;

/// <summary>
/// What Visual Studio's and <c>msbuild.exe</c>'s .NET Framework compiler of one Roslyn version can bind, read from
/// <c>Microsoft.Net.Compilers.Toolset</c>: the assemblies in <c>tasks/net472/</c>, the binding redirects of
/// <c>csc.exe.config</c> and <c>VBCSCompiler.exe.config</c> (the compiler server, which builds in Visual Studio), and
/// the .NET Framework 4.7.2 it runs on. Code fixes run in the IDE, which also provides Roslyn's Workspaces.
/// </summary>
internal sealed class CompilerHost
{
    private readonly Dictionary<string, Version> _shipped;
    private readonly List<Dictionary<string, (Version Low, Version High)>> _redirects;
    private readonly Dictionary<string, Version> _framework;
    private readonly Dictionary<string, Version> _workspaces;

    private CompilerHost(string roslynVersion, Dictionary<string, Version> shipped, List<Dictionary<string, (Version, Version)>> redirects, Dictionary<string, Version> framework, Dictionary<string, Version> workspaces)
    {
        RoslynVersion = roslynVersion;
        _shipped = shipped;
        _redirects = redirects;
        _framework = framework;
        _workspaces = workspaces;
    }

    public string RoslynVersion { get; }

    /// <summary>The names of the assemblies the host itself ships: a copy packed beside an analyzer only competes with them.</summary>
    public IEnumerable<string> ShippedNames => _shipped.Keys;

    public static CompilerHost Load(string roslynVersion)
    {
        var packages = PackageRoot;
        var tasks = Path.Combine(packages, "microsoft.net.compilers.toolset", roslynVersion, "tasks", "net472");
        var shipped = Directory.EnumerateFiles(tasks, "*.dll").Select(Identity).Where(i => i is not null).ToDictionary(i => i!.Value.Name, i => i!.Value.Version, StringComparer.OrdinalIgnoreCase);
        var redirects = new[] { "csc.exe.config", "VBCSCompiler.exe.config" }.Select(config => Redirects(Path.Combine(tasks, config))).ToList();

        var frameworkRoot = Path.Combine(packages, "microsoft.netframework.referenceassemblies.net472", "1.0.3", "build", ".NETFramework", "v4.7.2");
        var framework = Directory.EnumerateFiles(frameworkRoot, "*.dll").Concat(Directory.EnumerateFiles(Path.Combine(frameworkRoot, "Facades"), "*.dll"))
            .Select(Identity).Where(i => i is not null)
            .GroupBy(i => i!.Value.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(i => i!.Value.Version)!, StringComparer.OrdinalIgnoreCase);

        // The IDE loads Workspaces of its own Roslyn and what Workspaces needs; the oldest supported one is the floor.
        var workspacesDll = Path.Combine(packages, "microsoft.codeanalysis.workspaces.common", Oldest, "lib", "netstandard2.0", "Microsoft.CodeAnalysis.Workspaces.dll");
        var workspaces = References(workspacesDll).ToDictionary(r => r.Name, r => r.Version, StringComparer.OrdinalIgnoreCase);
        workspaces["Microsoft.CodeAnalysis.Workspaces"] = new Version(roslynVersion + ".0");
        workspaces["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new Version(roslynVersion + ".0");
        return new CompilerHost(roslynVersion, shipped, redirects, framework, workspaces);
    }

    public static string Oldest => Metadata("OldestSupportedRoslyn");

    public static string Newest => Metadata("NewestTestedRoslyn");

    public static string PackageRoot => Metadata("NuGetPackageRoot");

    /// <summary>
    /// Every reference of the assemblies in one analyzer folder that this host could not bind, as
    /// <c>"Markdig.dll -> System.Memory 4.0.2.0"</c>; empty when all of them load.
    /// </summary>
    public IReadOnlyList<string> Unbindable(IReadOnlyDictionary<string, byte[]> folder)
    {
        var beside = folder.Values.Select(Identity).Where(i => i is not null).ToDictionary(i => i!.Value.Name, i => i!.Value.Version, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (file, image) in folder.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var references = References(image).ToList();
            var isCodeFix = references.Any(r => r.Name == "Microsoft.CodeAnalysis.Workspaces");
            foreach (var (name, version) in references)
            {
                var binds = (beside.TryGetValue(name, out var packed) && packed >= version)
                    || BindsInCompiler(name, version)
                    || (_framework.TryGetValue(name, out var inBox) && inBox >= version)
                    || (isCodeFix && _workspaces.TryGetValue(name, out var ide) && ide >= version);
                if (!binds)
                {
                    problems.Add(file + " -> " + name + " " + version);
                }
            }
        }

        return problems;
    }

    /// <summary>Shipped by the compiler, at exactly that version or inside a redirect's range in every host process.</summary>
    private bool BindsInCompiler(string name, Version version)
        => _shipped.TryGetValue(name, out var shipped)
            && _redirects.All(config => config.TryGetValue(name, out var range)
                ? range.Low <= version && version <= range.High && range.High == shipped
                : version == shipped);

    private static string Metadata(string key)
        => typeof(CompilerHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException(key + " is not set");

    private static Dictionary<string, (Version, Version)> Redirects(string config)
    {
        XNamespace asm = "urn:schemas-microsoft-com:asm.v1";
        var redirects = new Dictionary<string, (Version, Version)>(StringComparer.OrdinalIgnoreCase);
        foreach (var dependent in XDocument.Load(config).Descendants(asm + "dependentAssembly"))
        {
            var name = dependent.Element(asm + "assemblyIdentity")?.Attribute("name")?.Value;
            var redirect = dependent.Element(asm + "bindingRedirect");
            if (name is null || redirect is null)
            {
                continue;
            }

            var range = redirect.Attribute("oldVersion")!.Value.Split('-');
            redirects[name] = (new Version(range[0]), new Version(range[^1]));
        }

        return redirects;
    }

    private static (string Name, Version Version)? Identity(string path) => Identity(File.ReadAllBytes(path));

    private static (string Name, Version Version)? Identity(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        if (!pe.HasMetadata)
        {
            return null; // native DLLs (DiaSymReader) carry no identity
        }

        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            return null;
        }

        var definition = reader.GetAssemblyDefinition();
        return (reader.GetString(definition.Name), definition.Version);
    }

    private static IEnumerable<(string Name, Version Version)> References(string path) => References(File.ReadAllBytes(path));

    private static IEnumerable<(string Name, Version Version)> References(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
    }
}
