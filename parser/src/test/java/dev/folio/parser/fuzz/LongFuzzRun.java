package dev.folio.parser.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fuzz checks for as long as asked: {@code -Dfolio.fuzz.minutes=30} (see bench/README.md). Prints the
 * executions per second; on the first failure, shrinks the input (lines, then characters, while it still
 * fails) and prints it as a Java string, to keep as a regression test.
 */
public final class LongFuzzRun {

    @Test
    @EnabledIfSystemProperty(named = "folio.fuzz.minutes", matches = "\\d+(\\.\\d+)?")
    void parserForTheMinutesAsked() {
        run("parser", PageChecks::parsed);
    }

    /** Runs {@code check} on generated pages until the time asked for is up. */
    public static void run(String name, Consumer<String> check) {
        Duration budget = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("folio.fuzz.minutes")) * 60_000));
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        long executions = 0;
        Iterator<String> pages = DialectPages.pages().sampleStream().iterator();
        while (System.nanoTime() < deadline) {
            String page = pages.next();
            try {
                check.accept(page);
            } catch (Throwable failure) {
                String shrunk = shrink(page, check);
                throw new AssertionError(name + ": failed after " + executions + " executions; shrunk input: "
                        + javaString(shrunk), failure);
            }
            executions++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz %s: %d executions in %.0f s, %.0f per second, no failure%n", name, executions, seconds,
                executions / seconds);
    }

    /** Smaller inputs that still fail: whole lines dropped first, then single characters. */
    static String shrink(String input, Consumer<String> check) {
        String current = input;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        boolean smaller = true;
        while (smaller && System.nanoTime() < deadline) {
            smaller = false;
            List<String> lines = new ArrayList<>(List.of(current.split("\n", -1)));
            for (int i = 0; i < lines.size() && lines.size() > 1; i++) {
                List<String> without = new ArrayList<>(lines);
                without.remove(i);
                String candidate = String.join("\n", without);
                if (fails(candidate, check)) {
                    current = candidate;
                    lines = without;
                    i--;
                    smaller = true;
                }
            }
            for (int i = 0; i < current.length(); i++) {
                String candidate = current.substring(0, i) + current.substring(i + 1);
                if (fails(candidate, check)) {
                    current = candidate;
                    i--;
                    smaller = true;
                }
            }
        }
        return current;
    }

    private static boolean fails(String input, Consumer<String> check) {
        try {
            check.accept(input);
            return false;
        } catch (Throwable failure) {
            return true;
        }
    }

    static String javaString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
