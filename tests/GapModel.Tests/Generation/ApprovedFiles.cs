using System;
using System.IO;
using System.Linq;
using Xunit.Sdk;

namespace GapModel.Tests.Generation;

/// <summary>
/// Compares generated source with an approved copy kept in the repository (<c>Generation/Approved/</c>). On a
/// difference it writes <c>*.received.cs</c> beside it and fails with a line diff. To approve the new output, run the
/// tests with <c>GAPMODEL_APPROVE=1</c> (or copy the received file over the approved one) and review the git diff.
/// </summary>
internal static class ApprovedFiles
{
    private static readonly string Directory = Path.Combine(Infrastructure.RepositoryRoot.Path, "tests", "GapModel.Tests", "Generation", "Approved");

    public static void Verify(string actual, string name)
    {
        var directory = Directory;
        var approvedPath = Path.Combine(directory, name + ".approved.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        if (Environment.GetEnvironmentVariable("GAPMODEL_APPROVE") == "1")
        {
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        throw new XunitException(approved is null
            ? $"No approved file {approvedPath}; the output was written to {receivedPath}. Review it, then run with GAPMODEL_APPROVE=1."
            : $"Generated source differs from {approvedPath} (received: {receivedPath}):\n{Diff(approved, actual)}");
    }

    // The first differing lines with a little context: enough to see what changed without a diff tool.
    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var from = Math.Max(0, first - 2);
        var lines = Enumerable.Range(from, 8)
            .SelectMany(i => new[]
            {
                i < left.Length && (i >= right.Length || left[i] != right[i]) ? $"- {i + 1,5}: {left[i]}" : null,
                i < right.Length && (i >= left.Length || left[i] != right[i]) ? $"+ {i + 1,5}: {right[i]}" : null,
                i < left.Length && i < right.Length && left[i] == right[i] ? $"  {i + 1,5}: {left[i]}" : null,
            })
            .Where(line => line is not null);
        return string.Join("\n", lines) + (left.Length != right.Length ? $"\n(approved has {left.Length} lines, received {right.Length})" : string.Empty);
    }
}
