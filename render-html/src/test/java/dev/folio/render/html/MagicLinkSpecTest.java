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
 * pymdownx.magiclink with its options (pymdown-extensions' magiclink documentation), Markdown in and HTML out. The
 * expected HTML is what pymdown-extensions 9.5 writes, except where its current source differs (noted at each):
 * GitLab's {@code /-/} paths, the {@code x} provider and the users a shortener leaves alone. An e-mail link's
 * address is written as text, not as the character references pymdownx hides it behind (the same to a browser).
 */
class MagicLinkSpecTest extends ExtensionSpec {
    private static final String SHORTHAND = "markdown_extensions:\n  - pymdownx.magiclink:\n"
            + "      repo_url_shorthand: true\n      social_url_shorthand: true\n"
            + "      user: facelessuser\n      repo: pymdown-extensions\n";

    @Test
    void bareUrlsWwwFtpAndMail() throws IOException {
        assertThat(page("markdown_extensions:\n  - pymdownx.magiclink\n",
                "Visit https://www.example.com/path?x=1, www.example.org or ftp://files.example.net. Mail me@example.com.\n"))
                .isEqualTo(expected("""
                        <p>Visit <a href="https://www.example.com/path?x=1">https://www.example.com/path?x=1</a>, \
                        <a href="http://www.example.org">www.example.org</a> or \
                        <a href="ftp://files.example.net">ftp://files.example.net</a>. \
                        Mail <a href="mailto:me@example.com">me@example.com</a>.</p>"""));
    }

    @Test
    void hideProtocol() throws IOException {
        assertThat(page("markdown_extensions:\n  - pymdownx.magiclink:\n      hide_protocol: true\n",
                "Visit https://example.com/page and <https://example.com/auto>.\n")).isEqualTo(expected("""
                        <p>Visit <a href="https://example.com/page">example.com/page</a> and \
                        <a href="https://example.com/auto">example.com/auto</a>.</p>"""));
    }

    @Test
    void linksCodeAndWordsAreLeftAlone() throws IOException {
        assertThat(page("markdown_extensions:\n  - pymdownx.magiclink\n", """
                A link [https://example.com](https://example.com) and [text https://example.com](https://x.org) stay; \
                `https://code.example` too.
                """)).isEqualTo(expected("""
                        <p>A link <a href="https://example.com">https://example.com</a> and \
                        <a href="https://x.org">text https://example.com</a> stay; <code>https://code.example</code> too.</p>"""));
        assertThat(page(SHORTHAND, "[#1](https://x.org) and user@example.com.au! and a_https://example.com and "
                + "(https://example.com/a_(b)).\n")).isEqualTo(expected("""
                        <p><a href="https://x.org">#1</a> and <a href="mailto:user@example.com.au">user@example.com.au</a>! \
                        and a_<a href="https://example.com">https://example.com</a> and \
                        (<a href="https://example.com/a_(b">https://example.com/a_(b</a>)).</p>"""));
    }

    @Test
    void mentionsAndRepositories() throws IOException {
        assertThat(page(SHORTHAND, "@facelessuser, @facelessuser/pymdown-extensions, @gitlab:pycqa/flake8 "
                + "and @github:mkdocs\n")).isEqualTo(expected("""
                        <p><a class="magiclink magiclink-github magiclink-mention" href="https://github.com/facelessuser" \
                        title="GitHub User: facelessuser">@facelessuser</a>, \
                        <a class="magiclink magiclink-github magiclink-repository" \
                        href="https://github.com/facelessuser/pymdown-extensions" \
                        title="GitHub Repository: facelessuser/pymdown-extensions">facelessuser/pymdown-extensions</a>, \
                        <a class="magiclink magiclink-gitlab magiclink-repository" href="https://gitlab.com/pycqa/flake8" \
                        title="GitLab Repository: pycqa/flake8">pycqa/flake8</a> and \
                        <a class="magiclink magiclink-github magiclink-mention" href="https://github.com/mkdocs" \
                        title="GitHub User: mkdocs">@mkdocs</a></p>"""));
        // pymdownx's current source: the x provider (9.5 knew only twitter).
        assertThat(page(SHORTHAND, "Follow @x:someone.\n")).isEqualTo(expected("""
                <p>Follow <a class="magiclink magiclink-x magiclink-mention" href="https://x.com/someone" \
                title="X User: someone">@someone</a>.</p>"""));
    }

    @Test
    void issuesPullRequestsDiscussionsAndOtherRepositories() throws IOException {
        assertThat(page(SHORTHAND, "See #1, !13, ?1726, backrefs#1, Python-Markdown/markdown#1 and gitlab:pycqa/flake8#21\n"))
                .isEqualTo(expected("""
                        <p>See <a class="magiclink magiclink-github magiclink-issue" \
                        href="https://github.com/facelessuser/pymdown-extensions/issues/1" \
                        title="GitHub Issue: facelessuser/pymdown-extensions #1">#1</a>, \
                        <a class="magiclink magiclink-github magiclink-pull" \
                        href="https://github.com/facelessuser/pymdown-extensions/pull/13" \
                        title="GitHub Pull Request: facelessuser/pymdown-extensions #13">!13</a>, \
                        <a class="magiclink magiclink-github magiclink-discussion" \
                        href="https://github.com/facelessuser/pymdown-extensions/discussions/1726" \
                        title="GitHub Discussion: facelessuser/pymdown-extensions #1726">?1726</a>, \
                        <a class="magiclink magiclink-github magiclink-issue" href="https://github.com/facelessuser/backrefs/issues/1" \
                        title="GitHub Issue: facelessuser/backrefs #1">backrefs#1</a>, \
                        <a class="magiclink magiclink-github magiclink-issue" href="https://github.com/Python-Markdown/markdown/issues/1" \
                        title="GitHub Issue: Python-Markdown/markdown #1">Python-Markdown/markdown#1</a> and \
                        <a class="magiclink magiclink-gitlab magiclink-issue" href="https://gitlab.com/pycqa/flake8/-/issues/21" \
                        title="GitLab Issue: pycqa/flake8 #21">pycqa/flake8#21</a></p>"""));
    }

    @Test
    void commitsComparisonsAndNormalizedSymbols() throws IOException {
        assertThat(page(SHORTHAND, "181c06d1f11fa29961b334e90606ed1f1ec7a7cc, "
                + "e2ed7e0b3973f3f9eb7a26b8ef7ae514eb390d9e...90b6fb8711e75732f987982cc024e9bb0111bada and "
                + "facelessuser/pymdown-extensions@181c06d1f11fa29961b334e90606ed1f1ec7a7cc\n")).isEqualTo(expected("""
                        <p><a class="magiclink magiclink-github magiclink-commit" \
                        href="https://github.com/facelessuser/pymdown-extensions/commit/181c06d1f11fa29961b334e90606ed1f1ec7a7cc" \
                        title="GitHub Commit: facelessuser/pymdown-extensions@181c06d">181c06d</a>, \
                        <a class="magiclink magiclink-github magiclink-compare" \
                        href="https://github.com/facelessuser/pymdown-extensions/compare/e2ed7e0b3973f3f9eb7a26b8ef7ae514eb390d9e...90b6fb8711e75732f987982cc024e9bb0111bada" \
                        title="GitHub Compare: facelessuser/pymdown-extensions@e2ed7e0...90b6fb8">e2ed7e0...90b6fb8</a> and \
                        <a class="magiclink magiclink-github magiclink-commit" \
                        href="https://github.com/facelessuser/pymdown-extensions/commit/181c06d1f11fa29961b334e90606ed1f1ec7a7cc" \
                        title="GitHub Commit: facelessuser/pymdown-extensions@181c06d">181c06d</a></p>"""));
        assertThat(page(SHORTHAND + "      normalize_issue_symbols: true\n", "Both #1 and !2\n")).isEqualTo(expected("""
                <p>Both <a class="magiclink magiclink-github magiclink-issue" \
                href="https://github.com/facelessuser/pymdown-extensions/issues/1" \
                title="GitHub Issue: facelessuser/pymdown-extensions #1">#1</a> and \
                <a class="magiclink magiclink-github magiclink-pull" \
                href="https://github.com/facelessuser/pymdown-extensions/pull/2" \
                title="GitHub Pull Request: facelessuser/pymdown-extensions #2">#2</a></p>"""));
    }

    @Test
    void labelsAndAnotherProvider() throws IOException {
        assertThat(page(SHORTHAND + "      labels:\n        issue: Ticket\n        mention: Person\n",
                "With labels: #1 @facelessuser\n")).isEqualTo(expected("""
                        <p>With labels: <a class="magiclink magiclink-github magiclink-issue" \
                        href="https://github.com/facelessuser/pymdown-extensions/issues/1" \
                        title="GitHub Ticket: facelessuser/pymdown-extensions #1">#1</a> \
                        <a class="magiclink magiclink-github magiclink-mention" href="https://github.com/facelessuser" \
                        title="GitHub Person: facelessuser">@facelessuser</a></p>"""));
        assertThat(page("markdown_extensions:\n  - pymdownx.magiclink:\n      provider: gitlab\n"
                + "      repo_url_shorthand: true\n      user: pycqa\n      repo: flake8\n", "See #1 by @user\n"))
                .isEqualTo(expected("""
                        <p>See <a class="magiclink magiclink-gitlab magiclink-issue" href="https://gitlab.com/pycqa/flake8/-/issues/1" \
                        title="GitLab Issue: pycqa/flake8 #1">#1</a> by \
                        <a class="magiclink magiclink-gitlab magiclink-mention" href="https://gitlab.com/user" \
                        title="GitLab User: user">@user</a></p>"""));
    }

    @Test
    void shortenersGiveLinksWhoseTextIsTheirUrlTheShortText() throws IOException {
        String html = page("markdown_extensions:\n  - pymdownx.magiclink:\n      repo_url_shortener: true\n"
                + "      social_url_shortener: true\n      user: facelessuser\n      repo: pymdown-extensions\n", """
                - https://github.com/facelessuser
                - https://github.com/facelessuser/pymdown-extensions
                - https://github.com/facelessuser/pymdown-extensions/issues/1
                - https://github.com/facelessuser/pymdown-extensions/pull/13
                - https://github.com/facelessuser/pymdown-extensions/discussions/1173
                - https://github.com/facelessuser/pymdown-extensions/commit/3f6b07a8eeaa9d606115758d90f55fec565d4e2a
                - https://github.com/facelessuser/backrefs/issues/1
                - https://github.com/mkdocs/mkdocs/issues/100
                - https://gitlab.com/pycqa/flake8-engine/-/issues/21
                - https://bitbucket.org/mrabarnett/mrab-regex/issues/260/
                - https://x.com/someone
                - https://github.com/marketplace
                - [https://github.com/mkdocs/mkdocs](https://github.com/mkdocs/mkdocs)
                """);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("li > a").eachText()).containsExactly(
                "@facelessuser", "facelessuser/pymdown-extensions", "#1", "!13", "?1173", "3f6b07a", "backrefs#1",
                "mkdocs/mkdocs#100", "pycqa/flake8-engine#21", "mrabarnett/mrab-regex#260", "@someone",
                // GitHub's own pages are no users (pymdownx's current exclusions)
                "https://github.com/marketplace", "mkdocs/mkdocs");
        assertThat(html).contains("""
                <a class="magiclink magiclink-github magiclink-issue" href="https://github.com/facelessuser/backrefs/issues/1" \
                title="GitHub Issue: facelessuser/backrefs #1">backrefs#1</a>""", """
                <a class="magiclink magiclink-bitbucket magiclink-issue" \
                href="https://bitbucket.org/mrabarnett/mrab-regex/issues/260/" \
                title="Bitbucket Issue: mrabarnett/mrab-regex #260">mrabarnett/mrab-regex#260</a>""");
    }

    @Test
    void anAttributeListIsNoReference() throws IOException {
        // pymdown-extensions' own release notes: "# 8.0 Migration Notes {: #\8.0}" under escapeall.
        assertThat(page(SHORTHAND + "  - pymdownx.escapeall\n  - attr_list\n", "Intro\n\n## 8.0 Notes {: #\\8.0}\n"))
                .isEqualTo(expected("<p>Intro</p><h2 id=\"8.0\">8.0 Notes</h2>"));
    }

    @Test
    void withoutTheExtensionNothingIsLinked() throws IOException {
        assertThat(page("markdown_extensions:\n  - attr_list\n", "Text https://example.com #1 @user\n"))
                .isEqualTo(expected("<p>Text https://example.com #1 @user</p>"));
    }
}
