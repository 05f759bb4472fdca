using System.IO;
using GapModel.EndToEnd.Infrastructure;
using Xunit;

namespace GapModel.EndToEnd;

/// <summary>The example of samples/, built against the packed package as README's first command does.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class SampleTests(PackageFeed feed)
{
    [Fact]
    public void The_sample_shows_its_stale_reference_on_the_first_build_and_prints_the_catalog()
    {
        var consumer = Consumer.Create(feed, "sample");
        Repository.CopyDirectory(Path.Combine(Repository.Root, "samples"), Path.Combine(consumer.Root, "samples"));
        const string project = "samples/GapModel.Sample/GapModel.Sample.csproj";

        var build = consumer.Build(project, "-p:GapModelVersion=" + feed.Version);

        Assert.True(build.Process.ExitCode == 0, build.Process.Output);
        Assert.Empty(build.LoadOrCrashErrors);
        Assert.Equal(["samples/GapModel.Sample/Program.cs(29,19): warning GM0002"], build.GapModelDiagnostics);
        Assert.Equal(
            """
            5 gaps in the catalog:
              GAP-BILLING-004  Open       P1          Retry webhooks from the payment provider
              GAP-2FA-001      Open       P1          Second factor for the admin console
              GAP-AUTH-001     InProgress P1          Token refresh for long-running jobs
              GAP-AUTH-002     Resolved   P0          Legacy "remember me" cookie
              GAP-STORAGE-002  Open       P2          Tenant isolation in `OrderStore`
            GAP-AUTH-001: 1 of 2 steps done (gaps/platform.md:5)
            """.ReplaceLineEndings(),
            consumer.Run(project).Output.Trim().ReplaceLineEndings());
    }
}
