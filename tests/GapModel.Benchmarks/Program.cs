using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace GapModel.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/GapModel.Benchmarks -- [--profile quick|full] [--mode both|warm|cold] [BenchmarkDotNet arguments]</c>
/// runs the benchmarks (docs/performance.md); <c>-- check</c> only verifies that the generated inputs read as
/// intended; <c>-- catalog-size [FILE.md ...]</c> prints the generated catalog's size per gap against the Markdown's;
/// <c>-- write-consumer DIR ...</c> writes the consumer projects of tests/perf/build-cost.sh.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "write-consumer")
        {
            return ConsumerProjects.Write(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "catalog-size")
        {
            return CatalogSize.Run(args.Skip(1).ToArray());
        }

        Checks.Run(Console.Out);
        if (args.Length > 0 && args[0] == "check")
        {
            return 0;
        }

        var rest = new List<string>(args);
        var profile = Take(rest, "--profile") ?? "quick";
        var mode = Take(rest, "--mode") ?? "both";
        if (profile is not ("quick" or "full") || mode is not ("both" or "warm" or "cold"))
        {
            Console.Error.WriteLine("--profile is quick or full; --mode is both, warm or cold.");
            return 2;
        }

        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
            .WithOptions(ConfigOptions.DisableLogFile)
            .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));

        // The compiler (csc.runtimeconfig.json in the SDK) runs with server GC, and so do these jobs: under workstation
        // GC the same parse spends about half of its time in GC pauses, which would misstate the ratios.
        if (mode is "both" or "warm")
        {
            // quick: 1 process, 3 warm-ups, 9 measured iterations; full: BenchmarkDotNet's defaults.
            var warm = profile == "quick" ? Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(9) : Job.Default;
            config.AddJob(warm.WithGcServer(true).WithId("Warm"));
        }

        if (mode is "both" or "cold")
        {
            // The first call in a fresh process: no warm-up, no JIT pass, one call measured per process.
            // This is what a build pays with UseSharedCompilation=false (every build starts a new compiler).
            config.AddJob(Job.Default
                .WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(profile == "quick" ? 3 : 10)
                .WithWarmupCount(0)
                .WithIterationCount(1)
                .WithGcServer(true)
                .WithId("Cold"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray(), config);
        return 0;
    }

    private static string? Take(List<string> args, string name)
    {
        var at = args.IndexOf(name);
        if (at < 0 || at + 1 >= args.Count)
        {
            return null;
        }

        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value.ToLower(CultureInfo.InvariantCulture);
    }
}
