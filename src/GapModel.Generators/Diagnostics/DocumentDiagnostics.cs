using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GapModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GapModel.Generators.Diagnostics;

/// <summary>
/// One factory per problem a gap document can have (the GM1xxx rules the <c>.md</c> file is reported for): each
/// names its rule's ID and fills its message's arguments in order, so the two cannot drift apart
/// (<c>DocumentDiagnosticsTests</c> checks every factory against its descriptor's message).
/// </summary>
internal static class DocumentDiagnostics
{
    /// <summary>The reason of <see cref="UnreadableDocument"/> for a code fence that runs to the end of the document.</summary>
    public const string UnclosedFence = "the code fence opened here is never closed, so the rest of the document is read as code and defines no gap";

    /// <summary>The reason of <see cref="UnreadableDocument"/> for a file the compiler gives no text for.</summary>
    public const string FileNotOpened = "the file could not be opened";

    /// <summary>GM1001, a second definition in the document that holds the first, on line <paramref name="firstLine"/> (1-based).</summary>
    public static MarkdownDiagnostic DuplicateGapId(string id, int firstLine, SourcePosition where)
        => Create(DiagnosticIds.DuplicateGapId, where, id, "line " + firstLine.ToString(CultureInfo.InvariantCulture));

    /// <summary>GM1001, a definition of an ID first defined in another document, at <paramref name="firstPath"/> (as shown to the user) line <paramref name="firstLine"/>.</summary>
    public static MarkdownDiagnostic DuplicateGapId(string id, string firstPath, int firstLine, SourcePosition where)
        => Create(DiagnosticIds.DuplicateGapId, where, id, ProjectPaths.PathAndLine(firstPath, firstLine));

    /// <summary>GM1002: the <paramref name="vocabulary"/> (type, scope, priority) value is none of <paramref name="expected"/>.</summary>
    public static MarkdownDiagnostic UnrecognisedValue(string id, string vocabulary, string value, string expected, SourcePosition where)
        => Create(DiagnosticIds.UnrecognisedValue, where, id, vocabulary, value, expected);

    /// <summary>GM1003.</summary>
    public static MarkdownDiagnostic UnknownStatus(string id, string status, SourcePosition where)
        => Create(DiagnosticIds.UnknownStatus, where, id, status);

    /// <summary>GM1004.</summary>
    public static MarkdownDiagnostic MissingTitle(string id, SourcePosition where)
        => Create(DiagnosticIds.MissingTitle, where, id);

    /// <summary>GM1005.</summary>
    public static MarkdownDiagnostic DeclaredTotalMismatch(int declared, int defined, SourcePosition where)
        => Create(DiagnosticIds.DeclaredTotalMismatch, where, declared.ToString(CultureInfo.InvariantCulture), defined.ToString(CultureInfo.InvariantCulture));

    /// <summary>GM1006, with the <paramref name="reason"/> the part is lost for (<see cref="UnclosedFence"/>, <see cref="FileNotOpened"/>, or Markdig's).</summary>
    public static MarkdownDiagnostic UnreadableDocument(string reason, SourcePosition where)
        => Create(DiagnosticIds.UnreadableDocument, where, reason);

    /// <summary>GM1007: <paramref name="id"/> and <paramref name="others"/> map to <paramref name="simpleName"/>; its constant is <paramref name="assignedName"/>.</summary>
    public static MarkdownDiagnostic ConstantNameCollision(string id, string simpleName, IReadOnlyList<string> others, string assignedName, SourcePosition where)
    {
        var quoted = new StringBuilder();
        for (var i = 0; i < others.Count; i++)
        {
            quoted.Append(i == 0 ? "'" : ", '").Append(others[i]).Append('\'');
        }

        return Create(DiagnosticIds.ConstantNameCollision, where, id, simpleName, quoted.ToString(), assignedName);
    }

    /// <summary>GM1010: the <paramref name="heading"/> starts with <paramref name="id"/> but no separator follows it.</summary>
    public static MarkdownDiagnostic HeadingWithoutSeparator(string id, string heading, SourcePosition where)
        => Create(DiagnosticIds.HeadingWithoutSeparator, where, id, heading);

    /// <summary>The compiler's diagnostic for <paramref name="diagnostic"/>, at <paramref name="location"/> in its document.</summary>
    public static Diagnostic ToDiagnostic(MarkdownDiagnostic diagnostic, Location location)
    {
        var args = new object[diagnostic.MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = diagnostic.MessageArgs[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.Get(diagnostic.Id), location, args);
    }

    private static MarkdownDiagnostic Create(string id, SourcePosition where, params string[] args)
        => new(id, where, new EquatableArray<string>(args));
}
