using System.Text;

namespace GapModel.Generators.Emit;

/// <summary>Writes C# with four-space indentation and '\n' line ends, whatever the host, so output is byte-for-byte stable.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Starts a line (its indentation written) for text appended piece by piece; <see cref="EndLine"/> ends it.</summary>
    public StringBuilder BeginLine() => _builder.Append(' ', _indent * 4);

    public void EndLine() => _builder.Append('\n');

    public void OpenBlock()
    {
        WriteLine("{");
        _indent++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString() => _builder.ToString();
}
