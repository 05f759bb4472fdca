using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

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

    /// <summary>
    /// The text for <c>AddSource</c>, read from the builder without making it one string: a generated file of megabytes
    /// would be a large-object-heap string, and each of those brings a full collection of the compiler's heap nearer.
    /// Roslyn keeps a text this long in chunks, as it does a large source file read from disk.
    /// </summary>
    public SourceText ToSourceText() => SourceText.From(new BuilderReader(_builder), _builder.Length, Encoding.UTF8);

    /// <summary>Reads a builder from start to end, copying chunk by chunk.</summary>
    private sealed class BuilderReader(StringBuilder builder) : TextReader
    {
        private int _position;

        public override int Peek() => _position < builder.Length ? builder[_position] : -1;

        public override int Read() => _position < builder.Length ? builder[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = Math.Min(count, builder.Length - _position);
            builder.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }
    }
}
