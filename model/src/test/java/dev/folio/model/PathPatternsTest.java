package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** exclude_docs, draft_docs and not_in_nav as MkDocs 1.6 reads them: .gitignore patterns over docs paths. */
class PathPatternsTest {

    @Test
    void withoutSettingsHiddenFilesAndTheTopLevelTemplatesFolderAreLeftOut() {
        PathPatterns excluded = PathPatterns.excludedDocs(Map.of());
        assertThat(excluded.matches(".nojekyll")).isTrue();
        assertThat(excluded.matches("guide/.hidden/page.md")).isTrue();
        assertThat(excluded.matches("templates/page.html")).isTrue();
        assertThat(excluded.matches("guide/templates/page.md")).as("only the top-level folder").isFalse();
        assertThat(excluded.matches("templates")).as("a file named templates").isFalse();
        assertThat(excluded.matches("_partials/note.md")).as("underscores are not special").isFalse();
        assertThat(excluded.matches("index.md")).isFalse();
    }

    @Test
    void excludeDocsAddsPatternsAndReincludesWithAnExclamationMark() {
        PathPatterns excluded = PathPatterns.excludedDocs(Map.of("exclude_docs", """
                # drafts and sources
                *.py
                /api/internal/
                !.well-known/
                notes/**/secret.md
                """, "draft_docs", "drafts/\n"));
        assertThat(excluded.matches("scripts/build.py")).isTrue();
        assertThat(excluded.matches("api/internal/a.md")).isTrue();
        assertThat(excluded.matches("guide/api/internal/a.md")).as("anchored").isFalse();
        assertThat(excluded.matches(".well-known/security.txt")).as("re-included").isFalse();
        assertThat(excluded.matches("notes/secret.md")).isTrue();
        assertThat(excluded.matches("notes/a/b/secret.md")).isTrue();
        assertThat(excluded.matches("notes/a/public.md")).isFalse();
        assertThat(excluded.matches("drafts/post.md")).isTrue();
        assertThat(excluded.matches("blog/drafts.md")).as("a folder pattern takes no file").isFalse();
    }

    @Test
    void patternsReadAsGitReadsThem() {
        PathPatterns patterns = PathPatterns.of(List.of("file?.md", "[ab]*.txt", "docs/*.md", "!docs/keep.md", "",
                "# a comment", "[unclosed"));
        assertThat(patterns.matches("file1.md")).isTrue();
        assertThat(patterns.matches("deep/file2.md")).isTrue();
        assertThat(patterns.matches("file10.md")).isFalse();
        assertThat(patterns.matches("a-list.txt")).isTrue();
        assertThat(patterns.matches("c-list.txt")).isFalse();
        assertThat(patterns.matches("docs/x.md")).isTrue();
        assertThat(patterns.matches("docs/deeper/x.md")).as("* stays in one folder").isFalse();
        assertThat(patterns.matches("docs/keep.md")).isFalse();
        assertThat(patterns.matches("[unclosed")).isTrue();
        assertThat(PathPatterns.NONE.matches("anything")).isFalse();
    }
}
