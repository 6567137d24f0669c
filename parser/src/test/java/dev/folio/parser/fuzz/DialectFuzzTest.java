package dev.folio.parser.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Generated dialect pages through the parser: none may make it throw, hang or place a diagnostic outside the
 * page. A bounded run in every build; {@code LongFuzzRun} runs the same checks for as long as asked.
 */
class DialectFuzzTest {

    // A fixed seed: the same pages in every build, so that a green build stays green; LongFuzzRun explores.
    @Property(tries = 30_000, seed = "20261206", shrinking = ShrinkingMode.FULL)
    void theParserReadsEveryGeneratedPage(@ForAll("pages") String markdown) {
        PageChecks.parsed(markdown);
    }

    @Provide
    Arbitrary<String> pages() {
        return DialectPages.pages();
    }
}
