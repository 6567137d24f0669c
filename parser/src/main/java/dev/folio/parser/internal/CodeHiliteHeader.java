package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.folio.model.SourcePosition;
import dev.folio.model.doc.Attributes;
import dev.folio.model.doc.CodeBlock;

/**
 * codehilite's header line of an indented code block: {@code :::python} names the language and goes; {@code #!python}
 * names it, goes and turns line numbers on; {@code #!/usr/bin/python} names it and stays; either may add
 * {@code hl_lines="1 3"}. As codehilite's {@code _parseHeader} reads it.
 */
final class CodeHiliteHeader {
    private static final Pattern HEADER = Pattern.compile(
            "(?:(?:^::+)|(^#!))((?:/\\w+)*[/ ])?([\\w#.+-]*)\\s*(hl_lines=(\"|')(.*?)\\5)?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private CodeHiliteHeader() {
    }

    /** The block with its header read, or as it is when its first line is none. */
    static CodeBlock read(String code, Attributes attributes, SourcePosition at) {
        int newline = code.indexOf('\n');
        String first = newline < 0 ? code : code.substring(0, newline);
        Matcher m = HEADER.matcher(first);
        if (!m.find() || m.start() != 0) {
            return new CodeBlock("", "", List.of(), code, false, attributes, at);
        }
        List<Attributes.Attribute> options = new ArrayList<>();
        if (m.group(1) != null) {
            options.add(new Attributes.Attribute("linenums", "1"));
        }
        if (m.group(6) != null) {
            options.add(new Attributes.Attribute("hl_lines", m.group(6)));
        }
        String rest = m.group(2) != null ? code : newline < 0 ? "" : code.substring(newline + 1);
        return new CodeBlock(m.group(3).toLowerCase(java.util.Locale.ROOT), "", options, rest, false, attributes, at);
    }
}
