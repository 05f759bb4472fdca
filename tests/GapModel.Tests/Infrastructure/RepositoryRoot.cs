using System;
using System.IO;

namespace GapModel.Tests.Infrastructure;

/// <summary>
/// The repository the tests run from, found above the test assembly. Not [CallerFilePath]: CI builds are
/// deterministic and map source paths to '/_/'.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "GapModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GapModel.sln not found above " + AppContext.BaseDirectory);
    }
}
