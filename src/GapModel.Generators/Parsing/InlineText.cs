using System.Collections.Generic;
using System.Text;
using Markdig.Syntax.Inlines;

namespace GapModel.Generators.Parsing;

/// <summary>
/// Plain text of Markdig inlines: emphasis markers dropped and escapes resolved; code spans, inline HTML
/// and links kept exactly as written, so nothing the author wrote is lost.
/// </summary>
internal static class InlineText
{
    public static string Render(IEnumerable<Inline> inlines, MarkdownSource source)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(builder, inline, source);
        }

        return builder.ToString();
    }

    public static string Render(ContainerInline? container, MarkdownSource source)
    {
        var builder = new StringBuilder();
        if (container is not null)
        {
            AppendChildren(builder, container, source);
        }

        return builder.ToString();
    }

    public static bool IsBlank(Inline inline)
        => inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace();

    private static void Append(StringBuilder builder, Inline inline, MarkdownSource source)
    {
        switch (inline)
        {
            case LiteralInline literal:
                var content = literal.Content;
                if (content.Text.IndexOf('\r', content.Start, content.Length) < 0)
                {
                    builder.Append(content.Text, content.Start, content.Length);
                }
                else
                {
                    // Markdig 0.31 leaves a lone CR inside a literal that spans lines (1.x splits it off as a line break).
                    builder.Append(MarkdownSource.NormalizeLineEnds(content.ToString()));
                }

                break;
            case CodeInline code:
                builder.Append(source.Slice(code.Span) ?? code.Delimiter + code.Content + code.Delimiter);
                break;
            case HtmlInline html:
                builder.Append(source.Slice(html.Span) ?? MarkdownSource.NormalizeLineEnds(html.Tag));
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case LinkInline link:
                if (source.Slice(link.Span) is { } written)
                {
                    builder.Append(written);
                }
                else
                {
                    AppendChildren(builder, link, source);
                }

                break;
            case AutolinkInline autolink:
                builder.Append(source.Slice(autolink.Span) ?? autolink.Url);
                break;
            case ContainerInline container:
                AppendChildren(builder, container, source);
                break;
            default:
                builder.Append(source.Slice(inline.Span) ?? string.Empty);
                break;
        }
    }

    private static void AppendChildren(StringBuilder builder, ContainerInline container, MarkdownSource source)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(builder, child, source);
        }
    }
}
