using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>What <c>dotnet pack</c> puts in the one GapModel package.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void Package_holds_the_library_the_analyzers_with_markdig_the_report_writer_and_the_msbuild_glue()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var files = package.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(
            [
                "GapModel.nuspec",
                "LICENSE",
                "README.md",
                "analyzers/dotnet/cs/GapModel.CodeFixes.dll",
                "analyzers/dotnet/cs/GapModel.Generators.dll",
                "analyzers/dotnet/cs/Markdig.dll",
                "build/GapModel.props",
                "build/GapModel.targets",
                "buildTransitive/GapModel.props",
                "buildTransitive/GapModel.targets",
                "lib/netstandard2.0/GapModel.dll",
                "lib/netstandard2.0/GapModel.xml",
                "tools/report/GapModel.Report.deps.json",
                "tools/report/GapModel.Report.dll",
                "tools/report/GapModel.Report.runtimeconfig.json",
            ],
            files);
    }

    [Fact]
    public void Nuspec_carries_readme_license_and_repository_and_no_dependencies()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var stream = package.GetEntry("GapModel.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("GapModel", metadata.Element(ns + "id")!.Value);
        Assert.Equal(feed.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.NotNull(metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.Null(metadata.Element(ns + "developmentDependency"));

        // Markdig ships inside analyzers/; users must not get it as a dependency of their own code.
        var dependencies = metadata.Element(ns + "dependencies")?.Descendants(ns + "dependency") ?? [];
        Assert.Empty(dependencies);
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/GapModel.Generators.dll")]
    [InlineData("analyzers/dotnet/cs/GapModel.CodeFixes.dll")]
    public void Shipped_components_need_no_roslyn_newer_than_4_14(string entry)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var stream = new MemoryStream();
        package.GetEntry(entry)!.Open().CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var roslyn = reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Where(reference => reader.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();

        Assert.All(roslyn, reference => Assert.True(reference.Version <= new Version(4, 14, 0, 0), reader.GetString(reference.Name) + " " + reference.Version));
        var targetFramework = reader.GetCustomAttributes(EntityHandle.AssemblyDefinition)
            .Select(handle => reader.GetCustomAttribute(handle))
            .Where(attribute => AttributeTypeName(reader, attribute) == "TargetFrameworkAttribute")
            .Select(attribute => { var blob = reader.GetBlobReader(attribute.Value); blob.ReadUInt16(); return blob.ReadSerializedString(); })
            .Single();
        Assert.Equal(".NETStandard,Version=v2.0", targetFramework);
    }

    [Fact]
    public void The_generator_is_built_against_roslyn_4_14()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var stream = new MemoryStream();
        package.GetEntry("analyzers/dotnet/cs/GapModel.Generators.dll")!.Open().CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();

        var csharp = reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Single(reference => reader.GetString(reference.Name) == "Microsoft.CodeAnalysis.CSharp");
        Assert.Equal(new Version(4, 14, 0, 0), csharp.Version);
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return string.Empty;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        return parent.Kind == HandleKind.TypeReference ? reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) : string.Empty;
    }
}
