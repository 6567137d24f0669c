package dev.folio.bench;

import dev.folio.model.Diagnostics;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.model.doc.Abbreviation;
import dev.folio.model.doc.Traversal;
import dev.folio.model.render.RenderContext;
import dev.folio.model.render.RenderResult;
import dev.folio.model.render.Renderer;
import dev.folio.parser.FolioParser;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The warm entry point: loads a whole site and renders its HTML again and again in one JVM, to show what
 * a build costs once the JIT has done its work (as in {@code folio:serve}) apart from JVM and Maven start.
 *
 * <pre>
 * java -cp … dev.folio.bench.WarmBuild &lt;site-root&gt; &lt;output-folder&gt; [rounds]
 * java -cp … dev.folio.bench.WarmBuild --compare &lt;site-root&gt; &lt;other-root&gt; [rounds]
 * </pre>
 *
 * The second form only loads two versions of a site, round after round in turn, so that a noisy machine
 * slows both alike (bench/run compares the corpus with and without its abbreviations file this way).
 * Prints one line per stage, for bench/run to read:
 * {@code parse pages=3223 first_ms=… best_ms=… median_ms=…}.
 */
public final class WarmBuild {

    private static final Instant BUILD_TIME = Instant.parse("2026-01-01T00:00:00Z");

    private WarmBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("--compare")) {
            compare(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 5);
        } else if (args.length >= 2 && !args[0].startsWith("--")) {
            build(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
        } else {
            System.err.println("usage: WarmBuild <site-root> <output-folder> [rounds]\n"
                    + "       WarmBuild --compare <site-root> <other-root> [rounds]");
            System.exit(2);
        }
    }

    private static void build(Path root, Path output, int rounds) throws IOException {
        FolioParser parser = FolioParser.create();
        Renderer html = renderer("html");
        List<Long> parse = new ArrayList<>();
        List<Long> render = new ArrayList<>();
        int pages = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            Site site = parser.load(root);
            parse.add(System.nanoTime() - start);
            long parseCpu = cpuNanos() - cpu;
            pages = site.pages().size();

            start = System.nanoTime();
            cpu = cpuNanos();
            RenderContext context = RenderContext.builder(root, output).buildTime(BUILD_TIME).options(Map.of()).diagnostics(new Diagnostics()).build();
            RenderResult result = html.render(site, context);
            render.add(System.nanoTime() - start);
            // CPU time (all threads, JIT and GC included) says more than wall time on a machine shared with others.
            System.err.println("round " + (round + 1) + ": parse " + millis(parse.get(round)) + " ms (cpu "
                    + millis(parseCpu) + " ms), html " + millis(render.get(round)) + " ms (cpu "
                    + millis(cpuNanos() - cpu) + " ms) (" + result.summary() + ")");
        }
        print("parse", pages, parse);
        print("html", pages, render);
    }

    private static void compare(Path root, Path other, int rounds) throws IOException {
        // -Dbench.languages=en compares one language: short loads, so many more rounds fit in the same time.
        String only = System.getProperty("bench.languages", "");
        FolioParser.Builder builder = only.isBlank() ? FolioParser.builder()
                : FolioParser.builder().onlyLanguages(Set.of(only.split(",")));
        // The other site's docs_dir and links lead into the first: both are the project, else they are refused.
        FolioParser parser = builder.projectRoot(dev.folio.bench.jmh.Corpus.commonFolder(root, other)).build();
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        Site a = null;
        Site b = null;
        for (int round = 0; round < rounds; round++) {
            // Which site is loaded first alternates: the second load of a round finds the garbage of the first.
            a = null;
            b = null;
            long start;
            if (round % 2 == 0) {
                start = System.nanoTime();
                a = parser.load(root);
                first.add(System.nanoTime() - start);
            }
            start = System.nanoTime();
            b = parser.load(other);
            second.add(System.nanoTime() - start);
            if (round % 2 == 1) {
                start = System.nanoTime();
                a = parser.load(root);
                first.add(System.nanoTime() - start);
            }
            System.err.println("round " + (round + 1) + ": " + millis(first.get(round)) + " ms, other "
                    + millis(second.get(round)) + " ms");
        }
        print("parse", a.pages().size(), first);
        print("parse-other", b.pages().size(), second);
        // Each round's pair was loaded back to back, so what else the machine did in that moment weighs on
        // both: the median of the rounds' own shares is steadier than a ratio of two medians.
        List<Double> shares = new ArrayList<>();
        for (int round = rounds / 2; round < rounds; round++) {
            shares.add((first.get(round) - second.get(round)) / (double) first.get(round));
        }
        Collections.sort(shares);
        System.out.printf("paired share: %.1f %% (median over rounds %d-%d of (first - other) / first; quartiles %.1f to %.1f %%)%n",
                100 * shares.get(shares.size() / 2), rounds / 2 + 1, rounds, 100 * shares.get(shares.size() / 4),
                100 * shares.get(3 * shares.size() / 4));
        System.out.println("abbreviations marked: " + abbreviations(a) + " in " + root + ", " + abbreviations(b)
                + " in " + other);
    }

    private static long abbreviations(Site site) {
        long count = 0;
        for (Page page : site.pages()) {
            count += Traversal.nodes(page.document()).filter(Abbreviation.class::isInstance).count();
        }
        return count;
    }

    private static Renderer renderer(String format) {
        for (Renderer renderer : ServiceLoader.load(Renderer.class)) {
            if (renderer.format().equals(format)) {
                return renderer;
            }
        }
        throw new IllegalStateException("no " + format + " renderer on the class path");
    }

    /**
     * The first round is the cold one; best and median are over the second half of the rounds (the first
     * round at least left out): the JIT compiler is still at work in the first few, and a share measured
     * then says more about compilation than about the code.
     */
    private static void print(String stage, int pages, List<Long> nanos) {
        int from = Math.min(nanos.size() - 1, Math.max(1, nanos.size() / 2));
        List<Long> warm = new ArrayList<>(nanos.subList(from, nanos.size()));
        Collections.sort(warm);
        System.out.println(stage + " pages=" + pages + " first_ms=" + millis(nanos.get(0)) + " best_ms="
                + millis(warm.get(0)) + " median_ms=" + millis(warm.get(warm.size() / 2)));
    }

    /** The process's CPU time, all threads. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
