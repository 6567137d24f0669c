package dev.folio.render.kit.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Python's token spans as Pygments gives them, class by class, on a snippet built from the constructs of the
 * openai-agents documentation's 632 published Python blocks (../shared/realsites/agents/ref): 622 of them come out
 * span for span as published.
 */
class PythonLexerTest {

    private static List<String> spans(String code) {
        List<String> spans = new ArrayList<>();
        for (Token token : Highlighter.tokens("python", code)) {
            // As the page shows them: line ends stand outside spans, so a span holds one line's part of a token.
            for (String part : code.substring(token.start(), token.end()).split("\n")) {
                if (!token.isPlain() && !part.isEmpty()) {
                    spans.add(token.cssClass() + " " + part);
                }
            }
        }
        return spans;
    }

    @Test
    void importsTheirNamespacesAndTheWhitespaceAfterTheKeyword() {
        assertThat(spans("import asyncio\nfrom agents import Agent, run_demo_loop\nimport a.b as c, d\n"))
                .containsExactly("kn import", "w  ", "nn asyncio", "kn from", "w  ", "nn agents", "w  ", "kn import",
                        "n Agent", "p ,", "n run_demo_loop", "kn import", "w  ", "nn a.b", "w  ", "k as", "w  ",
                        "nn c", "o ,", "w  ", "nn d");
    }

    @Test
    void definitionsDocstringsAndMagicNames() {
        assertThat(spans("class Greeter(Base):\n    \"\"\"Says hello.\"\"\"\n\n    def __init__(self, name: str) -> None:\n"
                + "        self.name = name\n\nasync def main():\n    pass\n\nif __name__ == \"__main__\":\n"
                + "    asyncio.run(main())\n")).containsExactly("k class", "w  ", "nc Greeter", "p (", "n Base", "p ):",
                "w     ", "sd \"\"\"Says hello.\"\"\"", "k def", "w  ", "fm __init__", "p (", "bp self", "p ,", "n name",
                "p :", "nb str", "p )", "o ->", "kc None", "p :", "bp self", "o .", "n name", "o =", "n name",
                "k async", "k def", "w  ", "nf main", "p ():", "k pass", "k if", "vm __name__", "o ==",
                "s2 \"__main__\"", "p :", "n asyncio", "o .", "n run", "p (", "n main", "p ())");
    }

    /** Escapes next to each other share a span, as Pygments' formatter writes same-class tokens. */
    @Test
    void stringPrefixesEscapesAndFStringFields() {
        assertThat(spans("print(f\"Hello {name}, {{x}}\\n\")\nraise ValueError(r\"\\d+\") from err\n"))
                .containsExactly("nb print", "p (", "sa f", "s2 \"Hello ", "si {", "n name", "si }", "s2 , ",
                        "se {{", "s2 x", "se }}\\n", "s2 \"", "p )", "k raise", "ne ValueError", "p (", "sa r",
                        "s2 \"\\d+\"", "p )", "kn from", "w  ", "nn err");
    }
}
