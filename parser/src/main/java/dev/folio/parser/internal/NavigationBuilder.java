package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.folio.model.Diagnostic;
import dev.folio.model.NavItem;
import dev.folio.model.Navigation;
import dev.folio.model.Page;
import dev.folio.model.SourcePosition;

/** Builds navigation trees: from {@code nav} in mkdocs.yml, from the folder tree, and for translations. */
final class NavigationBuilder {
    private static final Pattern URL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|//)");

    private NavigationBuilder() {
    }

    /**
     * The configured {@code nav}: {@code - path.md}, {@code - Title: path.md}, {@code - Title: [ … ]},
     * {@code - Title: https://…}. An entry naming a missing page is a warning and is left out.
     */
    static Navigation fromConfig(Object nav, Map<String, Page> pages, MkDocsConfig config,
            List<Diagnostic> diagnostics) {
        return new Navigation(entries(nav, pages, config, diagnostics));
    }

    private static List<NavItem> entries(Object nav, Map<String, Page> pages, MkDocsConfig config,
            List<Diagnostic> diagnostics) {
        List<NavItem> items = new ArrayList<>();
        if (!(nav instanceof List<?> list)) {
            return items;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> map) {
                MkDocsConfig.asMap(map).forEach((title, value) -> {
                    if (value instanceof List<?>) {
                        items.add(new NavItem.Section(title, entries(value, pages, config, diagnostics)));
                    } else if (value != null) {
                        item(title, String.valueOf(value), pages, config, diagnostics, items);
                    }
                });
            } else if (entry != null) {
                item(null, String.valueOf(entry), pages, config, diagnostics, items);
            }
        }
        return items;
    }

    private static void item(String title, String target, Map<String, Page> pages, MkDocsConfig config,
            List<Diagnostic> diagnostics, List<NavItem> items) {
        if (URL.matcher(target).find() || target.startsWith("/")) {
            items.add(new NavItem.Link(title == null ? target : title, target));
            return;
        }
        String path = target.startsWith("./") ? target.substring(2) : target;
        Page page = pages.get(path);
        if (page == null) {
            diagnostics.add(Diagnostic.warning("nav-missing-page", "nav names " + path + ", which is not in the docs",
                    SourcePosition.of(config.file(), config.lineOf(target), 1)));
            return;
        }
        items.add(new NavItem.PageRef(title == null ? page.title() : title, path));
    }

    /** The folder tree as MkDocs shows it: index first, then pages by name, then folders as sections. */
    static Navigation fromFolders(List<Page> pages) {
        Folder root = new Folder();
        for (Page page : pages) {
            Folder folder = root;
            String[] parts = page.sourcePath().split("/");
            for (int i = 0; i < parts.length - 1; i++) {
                folder = folder.folders.computeIfAbsent(parts[i], k -> new Folder());
            }
            folder.pages.put(parts[parts.length - 1], page);
        }
        return new Navigation(root.items());
    }

    private static final class Folder {
        final Map<String, Page> pages = new TreeMap<>();
        final Map<String, Folder> folders = new TreeMap<>();

        List<NavItem> items() {
            List<NavItem> items = new ArrayList<>();
            for (String index : List.of("index.md", "README.md", "readme.md")) {
                Page page = pages.get(index);
                if (page != null) {
                    items.add(new NavItem.PageRef(page.title(), page.sourcePath()));
                    break;
                }
            }
            pages.forEach((name, page) -> {
                boolean isIndex = items.stream().anyMatch(i -> ((NavItem.PageRef) i).sourcePath()
                        .equals(page.sourcePath()));
                if (!isIndex) {
                    items.add(new NavItem.PageRef(page.title(), page.sourcePath()));
                }
            });
            folders.forEach((name, folder) -> {
                List<NavItem> children = folder.items();
                if (!children.isEmpty()) {
                    items.add(new NavItem.Section(folderTitle(name), children));
                }
            });
            return items;
        }
    }

    /** MkDocs' dirname_to_title: hyphens and underscores to spaces, capitalised when all lower case. */
    static String folderTitle(String name) {
        String title = name.replace('-', ' ').replace('_', ' ');
        if (title.toLowerCase(Locale.ROOT).equals(title) && !title.isEmpty()) {
            return Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    /**
     * A translation's navigation: the primary structure, page titles from the translated pages. A page
     * the translation lacks keeps its entry and primary title: backends publish the primary page in its
     * place (with a notice), so a reader of the translation can still reach every page.
     */
    static Navigation translate(Navigation primary, Map<String, Page> translated) {
        return new Navigation(translateItems(primary.items(), translated));
    }

    private static List<NavItem> translateItems(List<NavItem> items, Map<String, Page> translated) {
        List<NavItem> out = new ArrayList<>();
        for (NavItem item : items) {
            if (item instanceof NavItem.PageRef ref) {
                Page page = translated.get(ref.sourcePath());
                out.add(page == null ? ref : new NavItem.PageRef(page.title(), ref.sourcePath()));
            } else if (item instanceof NavItem.Section section) {
                out.add(new NavItem.Section(section.title(), translateItems(section.children(), translated)));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * A translation's navigation read from its own configuration, where a page title written in the
     * nav that its variables left as the primary language has it ({@code - Home: index.md}) gives way
     * to the translated page's title: a written title wins only when the language translated it.
     */
    static Navigation preferPageTitles(Navigation own, Navigation primary, Map<String, Page> translated) {
        return new Navigation(preferPageTitles(own.items(), primary.items(), translated));
    }

    private static List<NavItem> preferPageTitles(List<NavItem> own, List<NavItem> primary,
            Map<String, Page> translated) {
        if (own.size() != primary.size()) {
            return own; // not the same structure: nothing to compare with
        }
        List<NavItem> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            NavItem item = own.get(i);
            NavItem original = primary.get(i);
            if (item instanceof NavItem.PageRef ref && original instanceof NavItem.PageRef primaryRef
                    && ref.sourcePath().equals(primaryRef.sourcePath()) && ref.title().equals(primaryRef.title())
                    && translated.containsKey(ref.sourcePath())) {
                out.add(new NavItem.PageRef(translated.get(ref.sourcePath()).title(), ref.sourcePath()));
            } else if (item instanceof NavItem.Section section && original instanceof NavItem.Section primarySection) {
                out.add(new NavItem.Section(section.title(), preferPageTitles(section.children(),
                        primarySection.children(), translated)));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** The navigation with titles renamed as {@code titles} maps them (mkdocs-static-i18n's {@code nav_translations}). */
    static Navigation retitled(Navigation navigation, Map<String, String> titles) {
        return titles.isEmpty() ? navigation : new Navigation(retitled(navigation.items(), titles));
    }

    private static List<NavItem> retitled(List<NavItem> items, Map<String, String> titles) {
        List<NavItem> renamed = new ArrayList<>(items.size());
        for (NavItem item : items) {
            String title = titles.getOrDefault(item.title(), item.title());
            if (item instanceof NavItem.Section section) {
                renamed.add(new NavItem.Section(title, retitled(section.children(), titles)));
            } else if (item instanceof NavItem.PageRef page) {
                renamed.add(new NavItem.PageRef(title, page.sourcePath()));
            } else if (item instanceof NavItem.Link link) {
                renamed.add(new NavItem.Link(title, link.url()));
            }
        }
        return renamed;
    }
}
