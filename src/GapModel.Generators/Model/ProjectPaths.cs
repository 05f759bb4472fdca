using System;
using System.Globalization;
using System.Linq;

namespace GapModel.Generators.Model;

/// <summary>
/// How a gap document is named wherever a user reads it (messages, generated code, ordering): relative to the project,
/// with '/', so the same project says the same on Windows and Linux.
/// </summary>
internal static class ProjectPaths
{
    /// <summary>A path relative to the project with '/' separators, or the full path when it is elsewhere.</summary>
    public static string RelativePath(string path, string? projectDirectory)
    {
        var normalised = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return normalised;
        }

        var root = projectDirectory!.Replace('\\', '/').TrimEnd('/') + "/";
        // Judged by the paths, not by the OS the compiler runs on, so a project says the same wherever it is built.
        var comparison = IsWindowsPath(projectDirectory) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (normalised.StartsWith(root, comparison))
        {
            return normalised.Substring(root.Length);
        }

        // A sibling folder: climb out of the project as far as needed.
        var pathParts = normalised.Split('/');
        var rootParts = root.TrimEnd('/').Split('/');
        var common = 0;
        while (common < pathParts.Length - 1 && common < rootParts.Length && string.Equals(pathParts[common], rootParts[common], comparison))
        {
            common++;
        }

        if (common == 0 || (common == 1 && pathParts[0].Length == 0))
        {
            return normalised;
        }

        var climbs = Enumerable.Repeat("..", rootParts.Length - common);
        return string.Join("/", climbs.Concat(pathParts.Skip(common)));
    }

    /// <summary>A place in a document as messages show it: <c>gaps/auth.md:12</c> (a 1-based line).</summary>
    public static string PathAndLine(string path, int line) => path + ":" + line.ToString(CultureInfo.InvariantCulture);

    private static bool IsWindowsPath(string path) => path.IndexOf('\\') >= 0 || (path.Length > 1 && path[1] == ':');
}
