package dev.folio.maven.internal;

import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.parser.FolioParser;

import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.List;

/** The load stage: Markdown and configuration to a {@link Site}, with one log line of counts and time. */
public final class SiteLoader {

    private final Log log;
    private final FolioParser parser;

    /** Reads only the languages of {@code selection} (and the primary one): the others are never parsed. */
    public SiteLoader(Log log, String siteName, LanguageSelection selection) {
        this.log = log;
        this.parser = FolioParser.builder().siteName(siteName).onlyLanguages(selection.codes()).build();
    }

    /** Every language the site has, found without reading a page. */
    public List<Language> languages(Path sourceDirectory) {
        return parser.languages(sourceDirectory);
    }

    /** Never throws for bad content: that becomes the site's diagnostics. */
    public Site load(Path sourceDirectory) {
        long start = System.nanoTime();
        Site site = parser.load(sourceDirectory);
        log.info("Loaded " + Plural.of(site.pages().size(), "page") + " in "
                + Plural.of(site.languages().size(), "language") + " in " + Millis.since(start) + " ms");
        return site;
    }
}
