package dev.folio.render.html.internal;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.render.RenderContext;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code html.pages} option: a partial render, for a live preview or an incremental build, of only the
 * listed pages, as {@code language:sourcePath} separated by commas ({@code en:index.md,he:index.md}); a
 * language's fallback copy of a default-language page is listed under that language. A bare {@code language:}
 * entry ({@code en:}) asks for that language's search index. Nothing else is written: the theme, assets, 404
 * page and sitemap are left as they are, and so are the diagram and math libraries unless a listed page needs
 * one the output folder does not have yet. (A preview writes the pages first and the search index after the
 * browser has reloaded.)
 */
final class PageSelection {
    static final String OPTION = "html.pages";

    private final Set<String> keys;
    private final Set<String> languages;

    private PageSelection(Set<String> keys) {
        this.keys = keys;
        this.languages = keys.stream().filter(key -> key.endsWith(":"))
                .map(key -> key.substring(0, key.length() - 1)).collect(Collectors.toSet());
    }

    static Optional<PageSelection> of(RenderContext context) {
        return context.option(OPTION).map(list -> new PageSelection(Arrays.stream(list.split(","))
                .map(String::strip).filter(key -> !key.isEmpty()).collect(Collectors.toSet())));
    }

    boolean includes(Page page) {
        return keys.contains(page.language() + ":" + page.sourcePath());
    }

    boolean includes(Language language) {
        return languages.contains(language.code());
    }
}
