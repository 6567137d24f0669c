package dev.folio.render.html.internal;

import dev.folio.render.kit.Escaping;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The primary navigation of one language as finished HTML, written here rather than by the page template:
 * the whole tree is in every page (a fifth of the site's bytes), and walking it through FreeMarker cost more
 * than the rest of the page. The tree is prepared once per language (titles escaped, targets as site paths,
 * the pages under each section); a page then only decides what is active or open and makes its links
 * relative. The HTML is exactly what {@code page.ftlh}'s former {@code navList} macro wrote: a template that
 * still uses {@code nav} gets the same entries from {@link NavigationView}. Immutable, thread-safe.
 */
final class NavigationHtml {
    /** A navigation entry: {@code target} is a site path for sections and pages, the URL as written for links. */
    private record Entry(String kind, String title, String escapedTitle, String target, String source, boolean group,
            boolean index, Set<String> pages, List<Entry> children) {
    }

    private final List<Entry> top;

    private NavigationHtml(List<Entry> top) {
        this.top = top;
    }

    /**
     * @param entries the language's navigation from {@link NavigationView#of}, with site paths (from the output
     *                folder) as page URLs and no current page
     */
    static NavigationHtml of(List<Map<String, Object>> entries) {
        return new NavigationHtml(entries(entries));
    }

    /**
     * The {@code <ul>} of the primary navigation for the page {@code currentSource} written at {@code location},
     * without the final line break (the template's line supplies it).
     */
    String html(String currentSource, String location) {
        StringBuilder out = new StringBuilder(32 * 1024);
        append(out, currentSource, location);
        return out.toString();
    }

    private void append(StringBuilder out, String currentSource, String location) {
        int start = out.length();
        list(out, top, currentSource, SiteLocations.from(location));
        out.setLength(Math.max(start, out.length() - 1));
    }

    /**
     * The navigation of one page for its template: {@code <@navHtml/>} writes it straight into the page's
     * UTF-8 output (the built-in template does: the navigation is a fifth of a site's bytes, and a String
     * of it per page was the largest allocation left); {@code ${navHtml?no_esc}} still gives the HTML as
     * a string, for templates written that way.
     */
    TemplateModel markup(String currentSource, String location) {
        return new Markup(this, currentSource, location);
    }

    private record Markup(NavigationHtml navigation, String currentSource, String location)
            implements TemplateScalarModel, TemplateDirectiveModel {
        @Override
        public String getAsString() {
            return navigation.html(currentSource, location);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment environment, Map parameters, TemplateModel[] loopVariables,
                TemplateDirectiveBody body) throws IOException {
            Writer out = environment.getOut();
            if (out instanceof Utf8Output page) {
                StringBuilder scratch = page.scratch();
                navigation.append(scratch, currentSource, location);
                // A line holding only a directive loses its line break in FreeMarker; ${…} keeps it.
                page.write(scratch.append('\n'));
            } else {
                out.write(getAsString());
            }
        }
    }

    /** Material's {@code navigation.tabs}: the top-level entries with {@code title}, {@code href}, {@code active}, {@code external}. */
    List<Map<String, Object>> tabs(String currentSource, String location) {
        SiteLocations.From from = SiteLocations.from(location);
        List<Map<String, Object>> tabs = new ArrayList<>();
        for (Entry entry : top) {
            String href = href(entry, from);
            if (href.isEmpty()) {
                continue;
            }
            Map<String, Object> tab = new LinkedHashMap<>();
            tab.put("title", entry.title());
            tab.put("href", href);
            tab.put("active", entry.pages().contains(currentSource));
            tab.put("external", entry.kind().equals("link"));
            tabs.add(tab);
        }
        return tabs;
    }

    private static void list(StringBuilder out, List<Entry> entries, String current, SiteLocations.From from) {
        out.append("<ul class=\"md-nav__list\">\n");
        for (Entry entry : entries) {
            switch (entry.kind()) {
                case "section" -> section(out, entry, current, from);
                case "page" -> {
                    boolean active = entry.source().equals(current);
                    out.append(active ? "<li class=\"md-nav__item md-nav__item--active\"><a class=\"md-nav__link md-nav__link--active\" href=\""
                            : "<li class=\"md-nav__item\"><a class=\"md-nav__link\" href=\"");
                    Escaping.template(out, href(entry, from));
                    out.append(active ? "\" aria-current=\"page\">" : "\">").append(entry.escapedTitle())
                            .append("</a></li>\n");
                }
                default -> {
                    out.append("<li class=\"md-nav__item\"><a class=\"md-nav__link md-nav__link--external\" href=\"");
                    Escaping.template(out, entry.target());
                    out.append("\" rel=\"noopener\">").append(entry.escapedTitle()).append("</a></li>\n");
                }
            }
        }
        out.append("</ul>\n");
    }

    private static void section(StringBuilder out, Entry entry, String current, SiteLocations.From from) {
        boolean open = entry.pages().contains(current);
        boolean active = entry.index() && entry.source().equals(current);
        if (entry.group()) {
            out.append(open ? "<li class=\"md-nav__item md-nav__item--section md-nav__item--active\">"
                    : "<li class=\"md-nav__item md-nav__item--section\">");
            if (entry.index()) {
                out.append(active ? "<a class=\"md-nav__section md-nav__link--index md-nav__link--active\" href=\""
                        : "<a class=\"md-nav__section md-nav__link--index\" href=\"");
                indexLink(out, entry, active, from);
            } else {
                out.append("<span class=\"md-nav__section\">").append(entry.escapedTitle()).append("</span>");
            }
            // On a phone, a group opens as a panel of its own (folio.js), as Material's drawer does.
            out.append("<button type=\"button\" class=\"md-nav__expand\" aria-expanded=\"false\" aria-label=\"")
                    .append(entry.escapedTitle()).append("\"></button>\n");
            if (!entry.children().isEmpty()) {
                list(out, entry.children(), current, from);
            }
            out.append("</li>\n");
        } else {
            out.append(open ? "<li class=\"md-nav__item md-nav__item--nested md-nav__item--active\"><details class=\"md-nav__details\" open>"
                    : "<li class=\"md-nav__item md-nav__item--nested\"><details class=\"md-nav__details\">");
            out.append("<summary class=\"md-nav__section md-nav__toggle\">");
            if (entry.index()) {
                out.append(active ? "<a class=\"md-nav__link--index md-nav__link--active\" href=\""
                        : "<a class=\"md-nav__link--index\" href=\"");
                indexLink(out, entry, active, from);
            } else {
                out.append(entry.escapedTitle());
            }
            out.append("</summary>\n");
            if (!entry.children().isEmpty()) {
                list(out, entry.children(), current, from);
            }
            out.append("</details></li>\n");
        }
    }

    /** The rest of a section's index link, after {@code href="}. */
    private static void indexLink(StringBuilder out, Entry entry, boolean active, SiteLocations.From from) {
        Escaping.template(out, href(entry, from));
        out.append(active ? "\" aria-current=\"page\">" : "\">").append(entry.escapedTitle()).append("</a>");
    }

    /**
     * A page's or section's target is a path from the output root; the root itself is {@code ./}, as an empty
     * target means an entry without a link.
     */
    private static String href(Entry entry, SiteLocations.From from) {
        return entry.kind().equals("link") || entry.target().isEmpty() ? entry.target()
                : from.to(entry.target().equals("./") ? "" : entry.target());
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(List<Map<String, Object>> entries) {
        List<Entry> compiled = new ArrayList<>(entries.size());
        for (Map<String, Object> entry : entries) {
            String kind = (String) entry.get("kind");
            String title = (String) entry.get("title");
            List<Entry> children = entries((List<Map<String, Object>>) entry.get("children"));
            Set<String> pages = new HashSet<>();
            String source = (String) entry.getOrDefault("source", "");
            if (kind.equals("page")) {
                pages.add(source);
            }
            if ((Boolean) entry.get("index")) {
                source = (String) entry.get("indexSource");
                pages.add(source);
            }
            children.forEach(child -> pages.addAll(child.pages()));
            compiled.add(new Entry(kind, title, escape(title), (String) entry.get("href"), source,
                    (Boolean) entry.get("group"), (Boolean) entry.get("index"), Set.copyOf(pages), children));
        }
        return List.copyOf(compiled);
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        Escaping.template(out, value);
        return out.toString();
    }
}
