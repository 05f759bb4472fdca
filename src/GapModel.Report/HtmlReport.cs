using System.IO;
using System.Linq;
using System.Net;
using System.Text;

namespace GapModel.Report;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (styles inline, no script, nothing fetched) that opens from disk.
/// Counts first, then what needs attention (uncovered gaps, suspect references), then every gap. Text wraps, so the
/// page never scrolls sideways; every <c>file:line</c> is a link relative to the page.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:1.5rem;max-width:62rem;color:#1b1f24;overflow-wrap:anywhere}
        h1{font-size:1.5rem;margin:0 0 1rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de}h3{font-size:1.05rem;margin:0}
        .counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.25rem 0 .75rem}.count{border:1px solid #d0d7de;border-radius:6px;padding:.25rem .6rem}
        .count b{font-size:1.1rem;margin-right:.3rem}.gap{border:1px solid #d0d7de;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}
        .tag{display:inline-block;border-radius:1rem;padding:0 .5rem;font-size:.8rem;background:#eaeef2;margin-right:.3rem}
        .Open{background:#fff1d6}.InProgress{background:#ddf4ff}.Resolved{background:#dafbe1}.warn{background:#ffebe9}
        code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}ul,ol{padding-left:1.4rem;margin:.3rem 0}.muted{color:#59636e}
        """;

    public static void Write(TraceReport report, TextWriter html)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>Gap traceability: ").Append(E(report.Project)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        page.Append("<h1>Gap traceability: ").Append(E(report.Project)).Append("</h1>\n");

        page.Append("<h2>Counts</h2>\n<div class=\"counts\"><span class=\"count\"><b>").Append(report.Gaps.Count).Append("</b>gaps</span>");
        foreach (var status in new[] { "Open", "InProgress", "Resolved" })
        {
            page.Append("<span class=\"count ").Append(status).Append("\"><b>").Append(report.Gaps.Count(g => g.Status == status)).Append("</b>").Append(status).Append("</span>");
        }

        page.Append("</div>\n<div class=\"counts\">");
        foreach (var priority in new[] { "P0", "P1", "P2", "P3", "Unspecified" })
        {
            page.Append("<span class=\"count\"><b>").Append(report.Gaps.Count(g => g.Priority == priority)).Append("</b>").Append(priority).Append("</span>");
        }

        page.Append("</div>\n");

        var uncovered = report.Gaps.Where(g => g.Uncovered).ToList();
        page.Append("<h2>Uncovered gaps (").Append(uncovered.Count).Append(")</h2>\n");
        Items(page, uncovered.Select(g => "<a href=\"#" + E(g.Id) + "\"><code>" + E(g.Id) + "</code></a> " + E(g.Title) + " <span class=\"tag\">" + g.Priority + "</span> " + Where(g.Project, g.Path, g.Line, g.Href)), "Every gap that is not resolved is addressed.");

        var suspect = report.SuspectReferences.ToList();
        page.Append("<h2>Suspect references (").Append(suspect.Count).Append(")</h2>\n");
        Items(page, suspect.Select(s => "<code>" + E(s.Link.Symbol) + "</code> reviewed <code>" + E(s.Link.Reviewed ?? string.Empty) + "</code>, <a href=\"#" + E(s.Gap.Id) + "\"><code>" + E(s.Gap.Id) + "</code></a> is now <code>" + E(s.Gap.Fingerprint) + "</code> " + Where(s.Link.Project, s.Link.Path, s.Link.Line, s.Link.Href)), "No pin is out of date.");

        page.Append("<h2>Gaps</h2>\n");
        foreach (var gap in report.Gaps)
        {
            page.Append("<section class=\"gap\" id=\"").Append(E(gap.Id)).Append("\">\n<h3><code>").Append(E(gap.Id)).Append("</code> ").Append(E(gap.Title)).Append("</h3>\n<p>");
            page.Append("<span class=\"tag ").Append(gap.Status).Append("\">").Append(gap.Status).Append("</span><span class=\"tag\">").Append(gap.Priority).Append("</span>");
            page.Append("<span class=\"tag\">").Append(E(gap.Fingerprint)).Append("</span>");
            page.Append(Where(gap.Project, gap.Path, gap.Line, gap.Href)).Append("</p>\n<p>Addressed by:</p>\n");
            Items(page, gap.AddressedBy.Select(Link), gap.Status == "Resolved" ? "Nothing (resolved)." : "Nothing: this gap is uncovered.");
            if (gap.Criteria.Count > 0)
            {
                page.Append("<p>Validation criteria:</p>\n<ol>\n");
                foreach (var criterion in gap.Criteria)
                {
                    page.Append("<li>").Append(E(criterion.Text));
                    Items(page, criterion.ValidatedBy.Select(Link), "No test validates it.");
                    page.Append("</li>\n");
                }

                page.Append("</ol>\n");
            }

            page.Append("</section>\n");
        }

        page.Append("</body>\n</html>\n");
        html.Write(page.ToString());
    }

    private static string Link(LinkView link)
        => "<code>" + E(link.Symbol) + "</code> " + Where(link.Project, link.Path, link.Line, link.Href)
            + (link.Reviewed is null ? string.Empty : " <span class=\"tag" + (link.Suspect ? " warn" : string.Empty) + "\">" + (link.Suspect ? "suspect, reviewed " : "reviewed ") + E(link.Reviewed) + "</span>");

    private static string Where(string project, string path, int line, string? href)
    {
        if (path.Length == 0)
        {
            return "<span class=\"muted\">(" + E(project) + ")</span>";
        }

        var text = E(path) + (line > 0 ? ":" + line : string.Empty);
        return href is null
            ? "<span class=\"muted\">" + text + " (" + E(project) + ")</span>"
            : "<a class=\"muted\" href=\"" + E(href) + "\">" + text + "</a> <span class=\"muted\">(" + E(project) + ")</span>";
    }

    private static void Items(StringBuilder page, System.Collections.Generic.IEnumerable<string> items, string none)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            page.Append("<p class=\"muted\">").Append(E(none)).Append("</p>\n");
            return;
        }

        page.Append("<ul>\n");
        foreach (var item in list)
        {
            page.Append("<li>").Append(item).Append("</li>\n");
        }

        page.Append("</ul>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
