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
 * pymdownx.tabbed's options ({@code alternate_style}, {@code slugify}, {@code combine_header_slug}, {@code separator})
 * and pymdownx.tasklist's ({@code custom_checkbox}, {@code clickable_checkbox}), Markdown in and HTML out. Expected
 * HTML as pymdown-extensions 9.5 writes it; the tab slugs (newer than 9.5) as its current tabbed.py makes them.
 */
class TabbedAndTaskListSpecTest {
    private static final String TABS = "## Install\n\n=== \"Tab One\"\n    one\n\n=== \"Tab Two\"\n    two\n";
    private static final String SLUGIFY = "      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n";

    @TempDir
    Path project;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private String html(String extensions, String markdown) throws IOException {
        return SpecPages.content(project, "markdown_extensions:\n  - toc\n" + extensions, markdown, diagnostics);
    }

    private static String expected(String html) {
        return SpecPages.canonical(html);
    }

    @Test
    void alternateStyle() throws IOException {
        assertThat(html("  - pymdownx.tabbed:\n      alternate_style: true\n", TABS)).isEqualTo(expected("""
                <h2 id="install">Install</h2>
                <div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" \
                name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" />\
                <div class="tabbed-labels"><label for="__tabbed_1_1">Tab One</label><label for="__tabbed_1_2">Tab Two</label></div>
                <div class="tabbed-content"><div class="tabbed-block"><p>one</p></div><div class="tabbed-block"><p>two</p></div>
                </div></div>"""));
    }

    @Test
    void withoutAlternateStyleEachTabIsInTurn() throws IOException {
        assertThat(html("  - pymdownx.tabbed\n", TABS)).isEqualTo(expected("""
                <h2 id="install">Install</h2>
                <div class="tabbed-set" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" \
                type="radio" /><label for="__tabbed_1_1">Tab One</label><div class="tabbed-content"><p>one</p></div>
                <input id="__tabbed_1_2" name="__tabbed_1" type="radio" /><label for="__tabbed_1_2">Tab Two</label>\
                <div class="tabbed-content"><p>two</p></div></div>"""));
    }

    @Test
    void slugifiedIdsCombinedWithTheHeadingsSlug() throws IOException {
        String slugs = html("  - pymdownx.tabbed:\n      alternate_style: true\n" + SLUGIFY, TABS);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(slugs).select("input").eachAttr("id"))
                .containsExactly("tab-one", "tab-two");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(slugs).select("label").eachAttr("for"))
                .containsExactly("tab-one", "tab-two");
        String combined = html("  - pymdownx.tabbed:\n      alternate_style: true\n" + SLUGIFY
                + "      combine_header_slug: true\n      separator: _\n", TABS);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(combined).select("input").eachAttr("id"))
                .containsExactly("install_tab_one", "install_tab_two");
    }

    @Test
    void taskListCheckboxes() throws IOException {
        String tasks = "- [x] done\n- [ ] todo\n";
        assertThat(html("  - pymdownx.tasklist\n", tasks)).isEqualTo(expected("""
                <ul class="task-list"><li class="task-list-item"><input type="checkbox" disabled checked/> done</li>
                <li class="task-list-item"><input type="checkbox" disabled/> todo</li></ul>"""));
        assertThat(html("  - pymdownx.tasklist:\n      custom_checkbox: true\n      clickable_checkbox: true\n", tasks))
                .isEqualTo(expected("""
                        <ul class="task-list"><li class="task-list-item"><label class="task-list-control">\
                        <input type="checkbox" checked/><span class="task-list-indicator"></span></label> done</li>
                        <li class="task-list-item"><label class="task-list-control"><input type="checkbox"/>\
                        <span class="task-list-indicator"></span></label> todo</li></ul>"""));
        assertThat(html("  - attr_list\n", tasks)).isEqualTo(expected("<ul><li>[x] done</li><li>[ ] todo</li></ul>"));
    }
}
