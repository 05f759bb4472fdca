using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace GapModel.EndToEnd.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI as a user would, from a clean environment, and captures what it prints.</summary>
internal static class DotNet
{
    // A test host runs inside MSBuild's and the SDK's environment; a child build must not inherit it.
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "MSBuild", "DOTNET_HOST_PATH", "VSTEST", "TESTINGPLATFORM", "NUGET_PACKAGES"];

    public static ProcessResult Run(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 10 minutes:\n" + output);
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString(), "dotnet " + string.Join(" ", start.ArgumentList));
    }

    public static ProcessResult RunChecked(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var result = Run(workingDirectory, arguments, environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{result.Command}' in {workingDirectory} exited with {result.ExitCode}:\n{result.Output}");
        }

        return result;
    }
}

internal sealed record ProcessResult(int ExitCode, string Output, string Command);
