package dev.folio.maven.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.Language;
import dev.folio.model.Navigation;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The languages a build publishes: all of the site's, or those named, always with the default language,
 * whose pages are every other language's fallback. Building one language of a large multilingual site
 * while writing is much faster.
 */
public final class LanguageSelection {

    private final List<String> codes;

    /** @param codes the language codes to build; empty for all */
    public LanguageSelection(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    public boolean isAll() {
        return codes.isEmpty();
    }

    /** The codes asked for; empty for all. */
    public List<String> codes() {
        return codes;
    }

    /**
     * Checks the codes against the languages the site has.
     *
     * @return how many languages the site has
     * @throws IllegalArgumentException naming the codes the site does not have, and those it has
     */
    public int check(List<Language> available) {
        List<String> unknown = codes.stream()
                .filter(code -> available.stream().noneMatch(l -> l.code().equals(code))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("languages: the site has no language " + String.join(", ", unknown)
                    + "; it has " + available.stream().map(Language::code).collect(Collectors.joining(", ")));
        }
        return available.size();
    }

    /**
     * The site with only the selected languages, their pages, navigation and source folders.
     *
     * @throws IllegalArgumentException naming the codes the site does not have, and those it has
     */
    public Site apply(Site site) {
        if (isAll()) {
            return site;
        }
        SiteConfig config = site.config();
        check(site.languages());
        List<Language> kept = site.languages().stream()
                .filter(l -> l.code().equals(config.defaultLanguage()) || codes.contains(l.code()))
                .toList();
        Map<String, Navigation> navigation = new LinkedHashMap<>();
        Map<String, Path> roots = new LinkedHashMap<>();
        for (Language language : kept) {
            navigation.put(language.code(), site.navigation(language.code()));
            site.sourceRoot(language.code()).ifPresent(root -> roots.put(language.code(), root));
        }
        List<Page> pages = kept.stream().flatMap(l -> site.pages(l.code()).stream()).toList();
        SiteConfig selected = new SiteConfig(config.name(), config.url(), config.description(), config.copyright(),
                kept, config.defaultLanguage(), config.urlStyle(), config.raw(), config.layout());
        return new Site(selected, pages, navigation, roots, List.of());
    }

    /** The full site's diagnostics, without those of the pages of languages left out. */
    public List<Diagnostic> diagnostics(Site full, Site selected) {
        if (isAll()) {
            return full.diagnostics();
        }
        Set<String> keptLanguages = selected.languages().stream().map(Language::code).collect(Collectors.toSet());
        Set<String> leftOutFiles = full.pages().stream().filter(p -> !keptLanguages.contains(p.language()))
                .map(Page::sourceFile).collect(Collectors.toSet());
        return full.diagnostics().stream().filter(d -> !leftOutFiles.contains(d.position().file())).toList();
    }
}
