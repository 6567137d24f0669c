package dev.folio.render.pdf.internal;

import dev.folio.model.DiagnosticSink;
import dev.folio.model.Language;
import dev.folio.model.NavItem;
import dev.folio.model.Navigation;
import dev.folio.model.Page;
import dev.folio.model.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a language's pages are cut into PDFs (option {@value #OPTION}): one guide per language, one
 * per top-level nav section, or one per page. A section guide has its own cover and contents; a
 * page PDF is the page alone.
 */
enum GuideSplit {
    LANGUAGE, SECTION, PAGE;

    static final String OPTION = "pdf.split";

    /** The split the option asks for; an unknown value is a warning and gives one guide per language. */
    static GuideSplit of(Optional<String> option, DiagnosticSink diagnostics) {
        return OptionChoice.of(GuideSplit.class, OPTION, option, LANGUAGE, "one guide per language is printed",
                diagnostics);
    }

    /** The PDFs of one language, in reading order; none when it has no page. */
    List<Guide> guides(Site site, Language language) {
        List<Page> pages = site.pagesInNavigationOrder(language.code());
        List<NavItem> navigation = site.navigation(language.code()).items();
        if (pages.isEmpty()) {
            pages = site.pages(language.code());
            navigation = List.of();
        }
        if (pages.isEmpty()) {
            return List.of();
        }
        String prefix = GuideFile.slug(site.config().name()) + "-" + language.code();
        return switch (this) {
            case LANGUAGE -> List.of(new Guide(language, "", prefix + ".pdf", pages, navigation, true));
            case SECTION -> navigation.isEmpty()
                    ? List.of(new Guide(language, "", prefix + ".pdf", pages, navigation, true))
                    : bySection(site, language, pages, navigation, prefix);
            case PAGE -> byPage(language, pages, prefix);
        };
    }

    /**
     * One guide per top-level entry; a page at the top level is a section of its own. Files are named
     * after the default language's titles, so that every language's file of a section has one name.
     */
    private static List<Guide> bySection(Site site, Language language, List<Page> pages, List<NavItem> navigation,
            String prefix) {
        Map<String, Page> byPath = new LinkedHashMap<>();
        pages.forEach(page -> byPath.putIfAbsent(page.sourcePath(), page));
        List<NavItem> primary = site.navigation(site.config().defaultLanguage()).items();
        Set<String> names = new HashSet<>();
        List<Guide> guides = new ArrayList<>();
        for (int i = 0; i < navigation.size(); i++) {
            NavItem item = navigation.get(i);
            if (item instanceof NavItem.Link) {
                continue;
            }
            List<NavItem> children = item instanceof NavItem.Section section ? section.children() : List.of(item);
            List<Page> sectionPages = new Navigation(children).pageOrder().stream().filter(byPath::containsKey)
                    .map(byPath::get).toList();
            if (sectionPages.isEmpty()) {
                continue;
            }
            String title = item.title().isBlank() ? sectionPages.get(0).title() : item.title();
            String named = i < primary.size() && primary.get(i).getClass() == item.getClass()
                    && !primary.get(i).title().isBlank() ? primary.get(i).title() : title;
            String slug = unique(GuideFile.slug(named, "section-" + (i + 1)), names);
            guides.add(new Guide(language, title, prefix + "-" + slug + ".pdf", sectionPages,
                    item instanceof NavItem.Section section ? section.children() : List.of(), true));
        }
        return guides;
    }

    /** One PDF per page, named after its source path ({@code basics/why-privacy-matters.md} → {@code basics-why-privacy-matters}). */
    private static List<Guide> byPage(Language language, List<Page> pages, String prefix) {
        Set<String> names = new HashSet<>();
        List<Guide> guides = new ArrayList<>();
        for (Page page : pages) {
            String path = page.sourcePath().replaceFirst("(?i)\\.(md|markdown)$", "");
            String slug = unique(GuideFile.slug(path, "page-" + (guides.size() + 1)), names);
            guides.add(new Guide(language, page.title(), prefix + "-" + slug + ".pdf", List.of(page), List.of(), false));
        }
        return guides;
    }

    private static String unique(String slug, Set<String> taken) {
        String name = slug;
        for (int n = 2; !taken.add(name); n++) {
            name = slug + "-" + n;
        }
        return name;
    }
}
