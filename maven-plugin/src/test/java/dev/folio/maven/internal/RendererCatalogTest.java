package dev.folio.maven.internal;

import dev.folio.model.Site;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RendererCatalogTest {

    private final RendererCatalog catalog = new RendererCatalog(List.of(new Named("pdf"), new Named("html")));

    @Test
    void selectsEveryFormatWhenNoneIsNamed() {
        assertThat(catalog.select(List.of(), "formats")).extracting(Renderer::format).containsExactly("html", "pdf");
    }

    @Test
    void selectsTheNamedFormatsInTheOrderGiven() {
        assertThat(catalog.select(List.of("pdf", "html", "pdf"), "formats")).extracting(Renderer::format)
                .containsExactly("pdf", "html");
    }

    @Test
    void refusesAnUnknownFormatNamingTheParameterAndTheAvailableOnes() {
        assertThatThrownBy(() -> catalog.select(List.of("html", "epub"), "formats"))
                .hasMessage("formats: unknown format epub; available: html, pdf");
    }

    @Test
    void refusesTwoRenderersForOneFormat() {
        assertThatThrownBy(() -> new RendererCatalog(List.of(new Named("html"), new Named("html"))))
                .hasMessageContaining("two renderers claim the format 'html'");
    }

    @Test
    void findsNothingOnAClassLoaderWithoutBackends() {
        RendererCatalog empty = RendererCatalog.load(new ClassLoader(null) {
        });

        assertThatThrownBy(() -> empty.select(List.of("html"), "formats"))
                .hasMessageContaining("available: none (no renderer on the plugin's classpath)");
    }

    private static final class Named implements Renderer {

        private final String format;

        Named(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public RenderResult render(Site site, RenderContext context) {
            return new RenderResult(format, List.of(), "nothing");
        }
    }
}
