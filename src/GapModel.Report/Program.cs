using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using GapModel.Report;

// dotnet GapModel.Report.dll <request file>: run by the GapModel package's targets after a build that sets GapModelReport.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: GapModel.Report <request file>");
    return 2;
}

var request = Request.Read(args[0]);
var unknown = new List<string>();
var (json, html) = request.ParseFormats(unknown);
foreach (var format in unknown)
{
    // MSBuild's Exec turns this canonical line into a build warning.
    Console.WriteLine($"GapModel : warning GM2001: The MSBuild property 'GapModelReport' has the value '{request.Formats}', which is not valid: '{format}' is not a report format (json or html); it is left out");
}

Directory.CreateDirectory(request.OutputDirectory);
var report = TraceReport.Build(request);
if (json)
{
    using var stream = File.Create(Path.Combine(request.OutputDirectory, "report.json"));
    JsonReport.Write(report, stream);
}

if (html)
{
    using var writer = new StreamWriter(Path.Combine(request.OutputDirectory, "report.html"), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    HtmlReport.Write(report, writer);
}

return 0;
