package dev.folio.parser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import dev.folio.model.Diagnostic;
import dev.folio.model.Site;
import dev.folio.parser.FolioParser;

/**
 * Parse throughput of a whole site: {@code java -cp … dev.folio.parser.bench.CorpusBenchmark <root> [threads] [rounds]}.
 * Prints pages/s and MB/s of the best round (wall clock, and process CPU time, which a busy machine
 * disturbs less), and a count of diagnostics by code.
 */
public final class CorpusBenchmark {
    private CorpusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../../shared/corpus/privacyguides");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long bytes = markdownBytes(root);
        FolioParser parser = FolioParser.create();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        Site site = null;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            site = pool.submit(() -> parser.load(root)).get();
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, os.getProcessCpuTime() - cpuStart);
        }
        pool.shutdown();
        double seconds = best / 1e9;
        int pages = site.pages().size();
        System.out.printf("%d pages, %.1f MB, %d thread(s): best of %d rounds %.2f s = %.0f pages/s, %.1f MB/s"
                + " (process CPU %.2f s = %.0f pages per CPU-second)%n", pages, bytes / 1e6, threads, rounds, seconds,
                pages / seconds, bytes / 1e6 / seconds, bestCpu / 1e9, pages / (bestCpu / 1e9));
        Map<String, Integer> byCode = new TreeMap<>();
        for (Diagnostic d : site.diagnostics()) {
            byCode.merge(d.severity() + " " + d.code(), 1, Integer::sum);
        }
        System.out.println("diagnostics: " + byCode);
        if (args.length > 3) {
            site.diagnostics().stream().filter(d -> args[3].equals("all") || d.code().equals(args[3]))
                    .forEach(d -> System.out.println(d.severity() + " " + d.code() + " " + d));
        }
    }

    private static long markdownBytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
