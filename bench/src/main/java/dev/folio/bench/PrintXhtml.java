package dev.folio.bench;

import dev.folio.model.Diagnostics;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.parser.FolioParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Writes the print XHTML the PDF backend hands to openhtmltopdf for one language's guide, so that bench/run can
 * give WeasyPrint the very same input: the backend's public option {@code pdf.output=xhtml}, through
 * {@link ServiceLoader} as the plugin finds it.
 *
 * <pre>java -cp … dev.folio.bench.PrintXhtml &lt;site-root&gt; &lt;language&gt; &lt;out.xhtml&gt;</pre>
 */
public final class PrintXhtml {

    private PrintXhtml() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PrintXhtml <site-root> <language> <out.xhtml>");
            System.exit(2);
        }
        String language = args[1];
        Site site = FolioParser.builder().onlyLanguages(Set.of(language)).build().load(Path.of(args[0]));
        Renderer pdf = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(renderer -> renderer.format().equals("pdf")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pdf renderer on the class path"));
        Path scratch = Files.createTempDirectory("folio-print-xhtml");
        RenderResult result = pdf.render(site, RenderContext.builder(Path.of(args[0]), scratch)
                .buildTime(Instant.parse("2026-01-01T00:00:00Z")).options(Map.of("pdf.output", "xhtml"))
                .diagnostics(new Diagnostics()).build());
        Path guide = result.files().stream().filter(file -> file.getFileName().toString().endsWith("-" + language
                + ".xhtml")).findFirst().orElseThrow(() -> new IllegalStateException("no " + language + " guide: "
                + result.files()));
        Files.move(guide, Path.of(args[2]), StandardCopyOption.REPLACE_EXISTING);
        for (Path other : result.files()) {
            Files.deleteIfExists(other);
        }
        Files.deleteIfExists(scratch);
        System.out.println(result.summary() + "; " + Files.size(Path.of(args[2])) / 1024 + " KiB of XHTML");
    }
}
