using System;
using System.Collections.Generic;
using System.IO;

namespace GapModel.Report;

/// <summary>
/// What the package's targets ask for, one <c>key=value</c> a line in a request file: the built assembly, the
/// project's folder, each reference, the folder of each referenced project (<c>project=Name=folder</c>), the formats
/// and the output folder.
/// </summary>
internal sealed record Request(
    string Assembly,
    string ProjectDirectory,
    IReadOnlyList<string> References,
    IReadOnlyDictionary<string, string> ProjectDirectories,
    string Formats,
    string OutputDirectory)
{
    public static Request Read(string path)
    {
        string assembly = string.Empty, projectDirectory = string.Empty, formats = string.Empty, output = string.Empty;
        var references = new List<string>();
        var projects = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadAllLines(path))
        {
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var value = line.Substring(equals + 1).Trim();
            switch (line.Substring(0, equals).Trim())
            {
                case "assembly": assembly = value; break;
                case "projectDirectory": projectDirectory = value; break;
                case "reference": references.Add(value); break;
                case "formats": formats = value; break;
                case "output": output = value; break;
                case "project":
                    var split = value.IndexOf('=');
                    if (split > 0)
                    {
                        projects[value.Substring(0, split)] = value.Substring(split + 1);
                    }

                    break;
            }
        }

        return new Request(assembly, projectDirectory, references, projects, formats, output);
    }

    /// <summary>The formats asked for, case-insensitive, separated by ';' or ','; unknown ones go to <paramref name="unknown"/>.</summary>
    public (bool Json, bool Html) ParseFormats(List<string> unknown)
    {
        var json = false;
        var html = false;
        foreach (var part in Formats.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                json = true;
            }
            else if (part.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                html = true;
            }
            else
            {
                unknown.Add(part);
            }
        }

        return (json, html);
    }
}
