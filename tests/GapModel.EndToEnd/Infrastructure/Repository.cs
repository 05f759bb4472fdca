using System;
using System.IO;
using System.Linq;

namespace GapModel.EndToEnd.Infrastructure;

/// <summary>Where this repository is, and copies of it that the tests may build in without touching the work tree.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "gapmodel-e2e", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Copies a folder, leaving build output (bin/, obj/) behind.</summary>
    public static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyDirectory(directory, Path.Combine(destination, name));
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.EnumerateFiles("GapModel.sln").Any())
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GapModel.sln not found above " + AppContext.BaseDirectory);
    }
}
