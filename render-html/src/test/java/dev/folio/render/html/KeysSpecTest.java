package dev.folio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pymdownx.keys with its options (pymdown-extensions' keys documentation), Markdown in and HTML out, each expected
 * HTML as pymdown-extensions 9.5 writes it.
 */
class KeysSpecTest {
    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String options, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - pymdownx.keys" + options, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void keysAreNamedFromTheKeyMapAndItsAliases() throws IOException {
        assertThat(html("\n", "++equal++ ++ctrl+alt+delete++ and ++cmd+shift+p++\n")).isEqualTo(expected("""
                <p><span class="keys"><kbd class="key-equal">=</kbd></span> \
                <span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd>\
                <span>+</span><kbd class="key-delete">Del</kbd></span> and <span class="keys"><kbd class="key-command">\
                Cmd</kbd><span>+</span><kbd class="key-shift">Shift</kbd><span>+</span><kbd class="key-p">P</kbd></span></p>"""));
    }

    @Test
    void quotedKeysNeedNoNameAndMayHoldReferences() throws IOException {
        assertThat(html("\n", "++ctrl+alt+\"My Special Key\"++ and ++cmd+alt+\"&Uuml;\"++\n")).isEqualTo(expected("""
                <p><span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd>\
                <span>+</span><kbd>My Special Key</kbd></span> and <span class="keys"><kbd class="key-command">Cmd</kbd>\
                <span>+</span><kbd class="key-alt">Alt</kbd><span>+</span><kbd>Ü</kbd></span></p>"""));
    }

    @Test
    void anUnknownKeyLeavesTheCombinationAsText() throws IOException {
        assertThat(html("\n", "++ctrl+nosuchkey++ and ++ctrl+alt++\n")).isEqualTo(expected("""
                <p>++ctrl+nosuchkey++ and <span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span>\
                <kbd class="key-alt">Alt</kbd></span></p>"""));
    }

    @Test
    void separatorStrictAndClass() throws IOException {
        assertThat(html(":\n      separator: \"\\uff0b\"\n", "++ctrl+alt+delete++\n")).isEqualTo(expected("""
                <p><span class="keys"><kbd class="key-control">Ctrl</kbd><span>＋</span><kbd class="key-alt">Alt</kbd>\
                <span>＋</span><kbd class="key-delete">Del</kbd></span></p>"""));
        assertThat(html(":\n      separator: ''\n", "++ctrl+alt+delete++\n")).isEqualTo(expected("""
                <p><span class="keys"><kbd class="key-control">Ctrl</kbd><kbd class="key-alt">Alt</kbd>\
                <kbd class="key-delete">Del</kbd></span></p>"""));
        assertThat(html(":\n      strict: true\n", "++ctrl+alt+delete++\n")).isEqualTo(expected("""
                <p><kbd class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd>\
                <span>+</span><kbd class="key-delete">Del</kbd></kbd></p>"""));
        assertThat(html(":\n      class: kbd\n", "++ctrl+alt++\n")).isEqualTo(expected("""
                <p><span class="kbd"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd>\
                </span></p>"""));
    }

    @Test
    void camelCaseAndTheSitesOwnKeys() throws IOException {
        assertThat(html(":\n      camel_case: true\n", "++PgUp++ and ++ctrlAlt++ ++pgUp++\n")).isEqualTo(expected("""
                <p><span class="keys"><kbd class="key-page-up">Page Up</kbd></span> and ++ctrlAlt++ \
                <span class="keys"><kbd class="key-page-up">Page Up</kbd></span></p>"""));
        assertThat(html(":\n      key_map:\n        my-key: Mine\n", "++ctrl+alt+my-key++\n")).isEqualTo(expected("""
                <p><span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-alt">Alt</kbd>\
                <span>+</span><kbd class="key-my-key">Mine</kbd></span></p>"""));
    }
}
