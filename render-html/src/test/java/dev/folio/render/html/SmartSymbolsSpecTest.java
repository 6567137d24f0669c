package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * pymdownx.smartsymbols with its options (pymdown-extensions' smartsymbols documentation), Markdown in and HTML out,
 * each expected HTML as pymdown-extensions 9.5 writes it.
 */
class SmartSymbolsSpecTest extends ExtensionSpec {
    @Test
    void everySymbol() throws IOException {
        assertThat(html("  - pymdownx.smartsymbols\n", "Folio(tm) (c) 2026 (r), +/- 5, a --> b <-- c <--> d, "
                + "x =/= y, 1/4 cup 3/8 in, 1st 2nd 3rd 4th 11th 12th 21st 101st, c/o Bob.\n")).isEqualTo(expected("""
                        <p>Folio&trade; &copy; 2026 &reg;, &plusmn; 5, a &rarr; b &larr; c &harr; d, x &ne; y, &frac14; cup \
                        &#8540; in, 1<sup>st</sup> 2<sup>nd</sup> 3<sup>rd</sup> 4<sup>th</sup> 11<sup>th</sup> \
                        12<sup>th</sup> 21<sup>st</sup> 101<sup>st</sup>, &#8453; Bob.</p>"""));
    }

    @Test
    void notInCodeNorInsideNumbersOrWords() throws IOException {
        assertThat(html("  - pymdownx.smartsymbols\n", "`(tm) -->` in code, 1/45 and 21/4 and a1st\n"))
                .isEqualTo(expected("<p><code>(tm) --&gt;</code> in code, 1/45 and 21/4 and a1st</p>"));
    }

    @Test
    void eachSymbolCanBeSwitchedOff() throws IOException {
        assertThat(html("  - pymdownx.smartsymbols:\n      trademark: false\n      arrows: false\n",
                "(tm) and --> and 1st\n")).isEqualTo(expected("<p>(tm) and --&gt; and 1<sup>st</sup></p>"));
    }

    @Test
    void symbolsComeBeforeSmartysDashes() throws IOException {
        assertThat(html("  - smarty\n  - pymdownx.smartsymbols\n", "A -- b --> c and (c)\n"))
                .isEqualTo(expected("<p>A &ndash; b &rarr; c and &copy;</p>"));
    }
}
