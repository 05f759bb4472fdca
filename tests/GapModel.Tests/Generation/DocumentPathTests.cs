using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static GapModel.Tests.Generation.GeneratorHarness;

namespace GapModel.Tests.Generation;

/// <summary>
/// Where a gap document lies decides which definition of an ID stands and what the catalog says about its source;
/// neither may depend on the separator of the OS the compiler runs on.
/// </summary>
public sealed class DocumentPathTests
{
    private const string First = "### GAP-SAME-001: From gaps\n**Status:** OPEN\n";
    private const string Second = "### GAP-SAME-001: From gaps2\n**Status:** RESOLVED\n\n### GAP-OTHER-001: Only in gaps2\n";

    private static Dictionary<string, string> Generate(string projectDirectory, string separator, bool reversed = false)
    {
        var files = new List<AdditionalText>
        {
            new InMemoryText(projectDirectory + "gaps" + separator + "a.md", First),
            new InMemoryText(projectDirectory + "gaps2" + separator + "b.md", Second),
        };
        if (reversed)
        {
            files.Reverse();
        }

        var properties = new Dictionary<string, string>(DefaultProperties) { ["build_property.ProjectDir"] = projectDirectory };
        var (result, _) = Run(files, properties, "class C { }");
        return result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }

    [Fact]
    public void Windows_and_linux_paths_generate_the_same_bytes_and_pick_the_same_definition()
    {
        // Ordered by full OS path, 'gaps\a.md' sorts after 'gaps2\b.md' ('\' > '2') but 'gaps/a.md' before it.
        var linux = Generate("/src/app/", "/");
        var windows = Generate(@"C:\src\app\", @"\");
        var windowsOtherOrder = Generate(@"C:\src\app\", @"\", reversed: true);

        Assert.Equal(linux.Keys.OrderBy(k => k), windows.Keys.OrderBy(k => k));
        foreach (var (hint, source) in linux)
        {
            Assert.Equal(source, windows[hint]);
            Assert.Equal(source, windowsOtherOrder[hint]);
        }

        var catalog = linux["GapCatalog.g.cs"];
        Assert.Contains("From gaps", catalog);
        Assert.DoesNotContain("From gaps2", catalog);
        Assert.Contains("gaps/a.md", catalog);
        Assert.DoesNotContain("\\", linux["Gaps.g.cs"].Replace("\\\"", string.Empty));
    }

    [Fact]
    public void A_document_passed_twice_is_read_once()
    {
        var once = Run([Gaps("gaps/a.md", First)], null, "class C { }");
        var twice = Run([Gaps("gaps/a.md", First), Gaps("gaps/a.md", First)], null, "class C { }");

        Assert.Equal(
            once.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()),
            twice.Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
    }
}
