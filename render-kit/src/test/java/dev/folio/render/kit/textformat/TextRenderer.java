package dev.folio.render.kit.textformat;

import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A third output format, as small as one can be: every page as plain text, {@code <lang>/<page>.txt}. It is what a
 * new format costs: this class, its visitors ({@link PlainText}) and a line in
 * {@code META-INF/services/dev.folio.model.render.Renderer}; the build finds it on the class path.
 */
public final class TextRenderer implements Renderer {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public RenderResult render(Site site, RenderContext context) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Page page : site.pages()) {
            Path file = context.outputDirectory().resolve(page.language())
                    .resolve(page.sourcePath().replaceFirst("\\.md$", ".txt")).normalize();
            if (!file.startsWith(context.outputDirectory())) {
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, PlainText.of(page.document()), StandardCharsets.UTF_8);
            files.add(file);
        }
        return new RenderResult(format(), files, files.size() + " text files");
    }
}
