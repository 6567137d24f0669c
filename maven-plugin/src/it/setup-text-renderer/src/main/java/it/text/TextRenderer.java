package it.text;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the title of every page, one a line: the smallest format there is. */
public final class TextRenderer implements Renderer {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public RenderResult render(Site site, RenderContext context) throws IOException {
        Path titles = context.outputDirectory().resolve("titles.txt");
        List<Page> pages = site.pages();
        Files.writeString(titles, pages.stream().map(p -> p.language() + " " + p.title())
                .collect(Collectors.joining("\n", "", "\n")));
        return new RenderResult(format(), List.of(titles), pages.size() + " titles");
    }
}
