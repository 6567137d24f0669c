package dev.folio.parser;

import java.nio.file.Path;

import dev.folio.model.Page;

/** Prints a page's outline and diagnostics: {@code java … dev.folio.parser.OutlineMain file.md}. */
public final class OutlineMain {
    private OutlineMain() {
    }

    public static void main(String[] args) {
        Page page = FolioParser.create().parse(Path.of(args[0]));
        System.out.print(Outline.of(page.document()));
        page.diagnostics().forEach(System.out::println);
    }
}
