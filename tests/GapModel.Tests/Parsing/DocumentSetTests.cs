using System.Collections.Immutable;
using GapModel.Generators.Input;
using GapModel.Tests.Generation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GapModel.Tests.Parsing;

/// <summary>The gap documents as one pipeline value: the catalog written ahead starts again only when they change.</summary>
public sealed class DocumentSetTests
{
    [Fact]
    public void Documents_are_one_value_while_they_are_the_same_texts_in_the_same_order()
    {
        AdditionalText first = new GeneratorHarness.InMemoryText("/p/a.md", "# A");
        AdditionalText second = new GeneratorHarness.InMemoryText("/p/b.md", "# B");
        AdditionalText firstAgain = new GeneratorHarness.InMemoryText("/p/a.md", "# A");

        var documents = new DocumentSet([first, second]);

        Assert.Equal(documents, new DocumentSet(ImmutableArray.Create(first, second)));
        Assert.Equal(documents.GetHashCode(), new DocumentSet([first, second]).GetHashCode());
        Assert.NotEqual(documents, new DocumentSet([second, first]));
        Assert.NotEqual(documents, new DocumentSet([firstAgain, second]));
        Assert.NotEqual(documents, new DocumentSet([first]));
    }
}
