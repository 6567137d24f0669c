package dev.folio.render.html.internal;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.Icon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Optional;

/**
 * Icon lookup in the HTML backend's {@link IconLibrary} (in its internal package to reach it), for the
 * twelve shortcodes Privacy Guides uses most: {@code repeated} is what every page after the first pays (the
 * library keeps each SVG once found), {@code firstUse} a fresh library that finds and reads each SVG from
 * the icon-set jars. Scores are lookups per second.
 */
@State(Scope.Benchmark)
public class IconBenchmark {
    private static final List<Icon> ICONS = List.of(icon("octicons", "info-16"), icon("octicons", "home-16"),
            icon("octicons", "code-16"), icon("material", "arrow-right-drop-circle"), icon("octicons", "eye-16"),
            icon("octicons", "heart-16"), icon("material", "check"), icon("simple", "apple"),
            icon("simple", "googleplay"), icon("fontawesome", "brands-windows"), icon("simple", "linux"),
            icon("simple", "github"));

    private IconLibrary warm;

    @Setup
    public void setUp() {
        warm = new IconLibrary(List.of());
        for (Icon icon : ICONS) {
            if (warm.svg(icon).isEmpty()) {
                throw new IllegalStateException("no SVG for " + icon.set() + "-" + icon.name());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(12)
    public int repeated() {
        int length = 0;
        for (Icon icon : ICONS) {
            length += warm.svg(icon).map(String::length).orElse(0);
        }
        return length;
    }

    @Benchmark
    @OperationsPerInvocation(12)
    public int firstUse() {
        IconLibrary fresh = new IconLibrary(List.of());
        int length = 0;
        for (Icon icon : ICONS) {
            Optional<String> svg = fresh.svg(icon);
            length += svg.map(String::length).orElse(0);
        }
        return length;
    }

    private static Icon icon(String set, String name) {
        return new Icon(set, name, Attributes.EMPTY, SourcePosition.UNKNOWN);
    }
}
