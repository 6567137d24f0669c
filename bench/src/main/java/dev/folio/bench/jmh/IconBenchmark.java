package dev.folio.bench.jmh;

import dev.folio.render.kit.IconSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * Finding and reading an icon's SVG in the icon sets shipped with Folio ({@link IconSets#svg}, the backend kit's
 * public lookup both backends use), for the twelve shortcodes Privacy Guides uses most: what the first page that
 * uses an icon pays (the backends keep each SVG once found). Scores are lookups per second.
 */
@State(Scope.Benchmark)
public class IconBenchmark {
    private static final List<String[]> ICONS = List.of(new String[] {"octicons", "info-16"},
            new String[] {"octicons", "home-16"}, new String[] {"octicons", "code-16"},
            new String[] {"material", "arrow-right-drop-circle"}, new String[] {"octicons", "eye-16"},
            new String[] {"octicons", "heart-16"}, new String[] {"material", "check"},
            new String[] {"simple", "apple"}, new String[] {"simple", "googleplay"},
            new String[] {"fontawesome", "brands-windows"}, new String[] {"simple", "linux"},
            new String[] {"simple", "github"});

    @Setup
    public void setUp() {
        for (String[] icon : ICONS) {
            if (IconSets.svg(icon[0], icon[1]).isEmpty()) {
                throw new IllegalStateException("no SVG for " + icon[0] + "-" + icon[1]);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(12)
    public int firstUse() {
        int length = 0;
        for (String[] icon : ICONS) {
            length += IconSets.svg(icon[0], icon[1]).map(svg -> svg.length).orElse(0);
        }
        return length;
    }
}
