using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GapModel.Generators.Diagnostics;
using GapModel.Generators.Input;
using GapModel.Generators.Model;
using GapModel.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace GapModel.CodeFixes;

/// <summary>
/// GM0001's second fix, "Add GAP-X to docs/gaps.md": defines the missing gap by appending a stub entry to the gap
/// document whose IDs share the longest prefix with it, an edit of that additional document. Offered only when the
/// argument's value is a valid ID under the project's prefixes and some gap document defines at least one gap.
/// </summary>
/// <remarks>
/// No Fix All, on purpose: defining a gap is a decision per ID, and a batch run would define a stub for every typo
/// (a GM0001 with a did-you-mean is usually a typo). <c>dotnet format</c> applies fixes only through Fix All in
/// solution, so it leaves this one alone and says so in its log.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefineGapFixer)), Shared]
public sealed class DefineGapFixer : CodeFixProvider
{
    /// <summary>The equivalence key of every action of this fix, distinct from the did-you-mean fix's (the rule ID).</summary>
    public const string EquivalenceKey = DiagnosticIds.UnknownGap + ".Define";

    /// <summary>The stub's title: something a person replaces that still reads as a title until then.</summary>
    internal const string PlaceholderTitle = "TODO: describe the gap";

    private const int DefaultHeadingLevel = 3;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownGap);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var project = document.Project;
        var reading = ProjectOptions.ReadReading(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, problems: null);
        List<GapDocument>? documents = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id != DiagnosticIds.UnknownGap
                || GapCodeFixProvider.Argument(root, diagnostic) is not { } argument
                || model.GetConstantValue(argument, cancellationToken) is not { HasValue: true, Value: string id }
                || !GapIdSyntax.IsValid(id, reading.IdPrefixes))
            {
                continue;
            }

            documents ??= await GapDocumentsAsync(project, reading, cancellationToken).ConfigureAwait(false);
            if (Nearest(documents, id) is not { } target)
            {
                continue;
            }

            var solution = project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add " + id + " to " + DisplayPath(project, target.Document),
                    ct => AppendAsync(solution, target, id, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The project's gap documents (<c>.md</c>, not <c>GapModel="false"</c>) that define at least one gap, in path order.</summary>
    private static async Task<List<GapDocument>> GapDocumentsAsync(Project project, ReadingOptions reading, CancellationToken cancellationToken)
    {
        var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
        var result = new List<GapDocument>();
        foreach (var document in project.AdditionalDocuments.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
        {
            var path = document.FilePath ?? document.Name;
            if (!GapFiles.IsGapDocument(new PathOnly(path), options))
            {
                continue;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var gaps = GapFiles.Parse(text, reading, cancellationToken).Gaps;
            if (gaps.Count > 0)
            {
                result.Add(new GapDocument(document, text, gaps));
            }
        }

        return result;
    }

    /// <summary>
    /// The document holding the IDs that share the most leading hyphen-separated segments with <paramref name="id"/>
    /// (the first by path on a tie); none when a gap document defines the ID already (the diagnostic is stale).
    /// </summary>
    private static GapDocument? Nearest(List<GapDocument> documents, string id)
    {
        var segments = id.Split('-');
        GapDocument? best = null;
        var bestShared = -1;
        foreach (var document in documents)
        {
            var shared = 0;
            foreach (var gap in document.Gaps)
            {
                if (gap.Id == id)
                {
                    return null;
                }

                shared = Math.Max(shared, SharedSegments(segments, gap.Id));
            }

            if (shared > bestShared)
            {
                best = document;
                bestShared = shared;
            }
        }

        return best;
    }

    private static int SharedSegments(string[] segments, string other)
    {
        var otherSegments = other.Split('-');
        var shared = 0;
        while (shared < segments.Length && shared < otherSegments.Length && segments[shared] == otherSegments[shared])
        {
            shared++;
        }

        return shared;
    }

    private static Task<Solution> AppendAsync(Solution solution, GapDocument target, string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = target.Text;
        var newLine = NewLine(text);
        var stub = new StringBuilder()
            .Append(SeparatorBefore(text, newLine))
            .Append('#', HeadingLevel(text, target.Gaps)).Append(' ').Append(id).Append(": ").Append(PlaceholderTitle).Append(newLine)
            .Append("**Classification:**").Append(newLine)
            .Append("**Systems Affected:**").Append(newLine)
            .Append("**Status:** OPEN").Append(newLine)
            .ToString();
        var changed = text.WithChanges(new TextChange(new TextSpan(text.Length, 0), stub));
        return Task.FromResult(solution.WithAdditionalDocumentText(target.Document.Id, changed));
    }

    /// <summary>The document's line end: that of its first line, LF when it has none.</summary>
    private static string NewLine(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }

    /// <summary>What makes the stub start after exactly one blank line (none more when the document ends with one).</summary>
    private static string SeparatorBefore(SourceText text, string newLine)
    {
        var lines = text.Lines;
        var last = lines[lines.Count - 1];
        if (last.Span.Length > 0)
        {
            // The last line has no line end.
            return IsBlank(text, last) ? newLine : newLine + newLine;
        }

        return lines.Count == 1 || IsBlank(text, lines[lines.Count - 2]) ? string.Empty : newLine;
    }

    private static bool IsBlank(SourceText text, TextLine line) => string.IsNullOrWhiteSpace(text.ToString(line.Span));

    /// <summary>The level most of the document's heading entries use (the later one on a tie); <c>###</c> when none is a heading.</summary>
    private static int HeadingLevel(SourceText text, EquatableArray<GapSpec> gaps)
    {
        var counts = new int[7];
        var chosen = 0;
        foreach (var gap in gaps)
        {
            var level = HeadingLevel(text, gap.Position.Line);
            if (level > 0 && ++counts[level] >= counts[chosen])
            {
                chosen = level;
            }
        }

        return chosen == 0 ? DefaultHeadingLevel : chosen;
    }

    /// <summary>The level of the heading on that line (ATX <c>###</c>, or underlined with <c>===</c> or <c>---</c>); 0 when it is not a heading.</summary>
    private static int HeadingLevel(SourceText text, int lineNumber)
    {
        if (lineNumber < 0 || lineNumber >= text.Lines.Count)
        {
            return 0;
        }

        var line = text.ToString(text.Lines[lineNumber].Span);
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3)
        {
            return 0;
        }

        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is >= 1 and <= 6 && hashes < trimmed.Length && trimmed[hashes] is ' ' or '\t')
        {
            return hashes;
        }

        // An underlined heading: the title line starts with the ID, the next line is a run of '=' or '-'.
        if (hashes == 0 && trimmed.Length > 0 && trimmed[0] is not ('*' or '_') && lineNumber + 1 < text.Lines.Count)
        {
            var underline = text.ToString(text.Lines[lineNumber + 1].Span).Trim();
            if (underline.Length > 0 && underline.All(c => c == '='))
            {
                return 1;
            }

            if (underline.Length > 0 && underline.All(c => c == '-'))
            {
                return 2;
            }
        }

        return 0;
    }

    /// <summary>How the title names the document: relative to the project directory, with <c>/</c>; else its folders and name.</summary>
    private static string DisplayPath(Project project, TextDocument document)
    {
        var directory = ProjectOptions.ReadProjectDirectory(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions)
            ?? (project.FilePath is { } projectPath ? Path.GetDirectoryName(projectPath) : null);
        var path = document.FilePath?.Replace('\\', '/');
        if (directory is not null && path is not null)
        {
            var prefix = directory.Replace('\\', '/').TrimEnd('/') + "/";
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && path.Length > prefix.Length)
            {
                return path.Substring(prefix.Length);
            }
        }

        return string.Join("/", document.Folders.Concat(new[] { document.Name }));
    }

    private sealed record GapDocument(TextDocument Document, SourceText Text, EquatableArray<GapSpec> Gaps);

    /// <summary>An additional file known by its path alone: enough for the options provider to find its metadata.</summary>
    private sealed class PathOnly : AdditionalText
    {
        public PathOnly(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
