package dev.folio.render.html.internal;

import org.junit.jupiter.api.Test;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Icon outlines for the social cards' logo: arcs, relative and smooth commands, compact arc flags. */
class SvgPathsTest {

    @Test
    void aCircleOfTwoArcsFillsItsBox() {
        // Material's brightness icon as Folio's scheme toggle writes it: arcs with flags run together.
        Path2D circle = SvgPaths.outline("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">"
                + "<path d=\"M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z\"/></svg>", 0, 0, 240).orElseThrow();
        Rectangle2D bounds = circle.getBounds2D();
        assertThat(bounds.getX()).isCloseTo(20, within(0.5));
        assertThat(bounds.getY()).isCloseTo(20, within(0.5));
        assertThat(bounds.getWidth()).isCloseTo(200, within(0.5));
        assertThat(circle.contains(120, 120)).isTrue();
        assertThat(circle.contains(25, 25)).isFalse();

        Path2D compact = SvgPaths.outline("<svg viewBox=\"0 0 24 24\"><path d=\"M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20z\"/></svg>",
                0, 0, 24).orElseThrow();
        assertThat(compact.getBounds2D().getWidth()).isCloseTo(20, within(0.1));
    }

    @Test
    void relativeSmoothAndQuadraticCommandsAndAViewBoxThatIsNotSquare() {
        Path2D shape = SvgPaths.outline("<svg viewBox=\"0 0 448 512\"><path d=\"m0 93.7 183.6-25.3v177.4H0V93.7z"
                + "M10 300c10-10 20-10 30 0s20 10 30 0q10-10 20 0t20 0z\"/></svg>", 100, 0, 512).orElseThrow();
        Rectangle2D bounds = shape.getBounds2D();
        assertThat(bounds.getMinX()).as("centred: (512 - 448) / 2 + 100").isCloseTo(132, within(0.5));
        assertThat(bounds.getMaxX()).isCloseTo(132 + 183.6, within(0.5));
        assertThat(shape.contains(132 + 90, 160)).isTrue();
    }

    @Test
    void whatItCannotReadGivesNoShape() {
        assertThat(SvgPaths.outline("<svg><path d=\"M0 0L10 10\"/></svg>", 0, 0, 10)).as("no viewBox").isEmpty();
        assertThat(SvgPaths.outline("<svg viewBox=\"0 0 24 24\"><path d=\"M0 0 L x y\"/></svg>", 0, 0, 10)).isEmpty();
        assertThat(SvgPaths.outline("<svg viewBox=\"0 0 24 24\"><circle r=\"3\"/></svg>", 0, 0, 10)).isEmpty();
        assertThat(SvgPaths.outline("<svg viewBox=\"0 0 24 24\"><path d=\"M1 1a1 1 0 2 1 3 3\"/></svg>", 0, 0, 10))
                .as("a flag that is not 0 or 1").isEmpty();
    }
}
