package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostics;
import dev.folio.model.Language;
import dev.folio.model.Site;
import dev.folio.parser.FolioParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the print XHTML that the PDF backend hands to openhtmltopdf for one language's guide, so that
 * bench/run can give WeasyPrint the very same input. It lives in the backend's internal package (split
 * across jars on the class path) to reach {@link GuideDocument} without widening the backend's API:
 * a benchmark tool only, that has to follow the backend when its internals change.
 *
 * <pre>java -cp … dev.folio.render.pdf.internal.PrintXhtml &lt;site-root&gt; &lt;language&gt; &lt;out.xhtml&gt;</pre>
 */
public final class PrintXhtml {

    private PrintXhtml() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PrintXhtml <site-root> <language> <out.xhtml>");
            System.exit(2);
        }
        Site site = FolioParser.create().load(Path.of(args[0]));
        Language language = site.config().language(args[1])
                .orElseThrow(() -> new IllegalArgumentException("no language " + args[1] + " in the site"));
        Guide guide = GuideSplit.LANGUAGE.guides(site, language).get(0);
        List<Path> roots = new ArrayList<>();
        site.sourceRoot(language.code()).ifPresent(roots::add);
        site.sourceRoot(site.config().defaultLanguage()).ifPresent(roots::add);
        Diagnostics diagnostics = new Diagnostics();
        String xhtml = new GuideDocument(site, guide, new Resources(roots, List.of(), diagnostics), diagnostics)
                .write(Instant.parse("2026-01-01T00:00:00Z"));
        Files.writeString(Path.of(args[2]), xhtml, StandardCharsets.UTF_8);
        System.out.println(guide.pages().size() + " pages, " + xhtml.length() / 1024 + " KiB of XHTML");
    }
}
