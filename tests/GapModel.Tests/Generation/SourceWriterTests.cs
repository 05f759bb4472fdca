using System.Text;
using GapModel.Generators.Emit;
using Xunit;

namespace GapModel.Tests.Generation;

/// <summary>The text handed to <c>AddSource</c> is the written text exactly, however long.</summary>
public sealed class SourceWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(5_000)]
    [InlineData(200_000)]
    public void The_source_text_is_the_written_text(int lines)
    {
        var writer = new SourceWriter();
        writer.OpenBlock();
        for (var i = 0; i < lines; i++)
        {
            writer.WriteLine("public const string Gap" + i + " = \"GAP-Ü-" + i + "\";");
        }

        writer.CloseBlock();

        var text = writer.ToSourceText();

        Assert.Equal(writer.ToString(), text.ToString());
        Assert.Equal(writer.ToString().Length, text.Length);
        Assert.Equal(Encoding.UTF8, text.Encoding);
        Assert.Equal(lines + 2 + 1, text.Lines.Count);
    }
}
