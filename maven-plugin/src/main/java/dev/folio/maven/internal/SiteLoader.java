package dev.folio.maven.internal;

import dev.folio.model.Site;
import dev.folio.parser.FolioParser;

import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;

/** The load stage: Markdown and configuration to a {@link Site}, with one log line of counts and time. */
public final class SiteLoader {

    private final Log log;

    public SiteLoader(Log log) {
        this.log = log;
    }

    /** Never throws for bad content: that becomes the site's diagnostics. */
    public Site load(Path sourceDirectory, String siteName) {
        long start = System.nanoTime();
        Site site = FolioParser.builder().siteName(siteName).build().load(sourceDirectory);
        log.info("Loaded " + Plural.of(site.pages().size(), "page") + " in "
                + Plural.of(site.languages().size(), "language") + " in " + Millis.since(start) + " ms");
        return site;
    }
}
