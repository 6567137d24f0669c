/**
 * Folio's {@code html} format: {@link dev.folio.render.html.HtmlRenderer}, found by
 * {@link java.util.ServiceLoader} as a {@link dev.folio.model.render.Renderer}.
 *
 * <p>Output, under {@code RenderContext.outputDirectory()}:
 * <ul>
 *   <li>{@code <lang>/<page output path>} for every page of every language ({@code en/basics/x/index.html}
 *       with directory URLs, {@code en/basics/x.html} with file URLs);</li>
 *   <li>{@code index.html}: the default language's home page, with links into {@code <lang>/} and a
 *       canonical link to its language version, so opening the folder shows the site;</li>
 *   <li>{@code 404.html}; {@code sitemap.xml} with {@code hreflang} alternates when the site has a URL;</li>
 *   <li>{@code _folio/folio.css} and {@code _folio/folio.js}, the theme;</li>
 *   <li>{@code <lang>/…} copies of each language's other files (images, …), hidden files and
 *       {@code .md} excepted.</li>
 * </ul>
 * Pages make no request to another host: icons are inlined SVGs, emoji are characters, fonts are the
 * system's.
 *
 * <p>Theme overrides: a file in the site's {@code theme.custom_dir} replaces the built-in one of the
 * same name. The names are {@code page.ftlh} (every page), {@code 404.ftlh}, {@code macros.ftlh} (head,
 * header and footer, imported by both), {@code folio.css} and {@code folio.js}. Templates are FreeMarker
 * with HTML auto-escaping; {@code ?new} and {@code ?api} are disabled. Icons are looked up in
 * {@code overrides/.icons/}, {@code <custom_dir>/.icons/}, the emoji extension's {@code custom_icons}
 * folders, then the built-in sets (Material Design Icons, Simple Icons, Font Awesome, Octicons).
 *
 * <p>Read from {@code mkdocs.yml} ({@code SiteConfig.raw()}): {@code theme.custom_dir}, {@code theme.features}
 * ({@code navigation.tabs}: top-level sections as tabs under the header; {@code navigation.sections}: sections
 * as groups in the sidebar, other sections collapse), {@code theme.logo} or {@code theme.icon.logo},
 * {@code theme.palette} (primary and accent by Material colour name, per scheme),
 * {@code theme.favicon}, {@code theme.icon.repo}, {@code repo_url}, {@code repo_name}, {@code extra.social}
 * (footer links with their icons), {@code copyright} (simple inline HTML kept, anything else escaped),
 * {@code extra_css} and {@code extra_javascript} (files of the docs folder, {@code ?v=} kept; {@code defer},
 * {@code async}, {@code type: module}), {@code markdown_extensions}' {@code toc} ({@code toc_depth}, {@code title},
 * {@code anchorlink}, {@code anchorlink_class},
 * {@code permalink}, {@code permalink_title}, {@code permalink_class}) and {@code pymdownx.emoji}'s
 * {@code custom_icons}. Pages get {@code <title>} from {@code meta_title} (as written) or the title,
 * {@code description}, a canonical URL and Open Graph tags ({@code og:url} only with a {@code site_url}).
 * Templates receive these as {@code logo}, {@code favicon}, {@code repo}, {@code social}, {@code copyright},
 * {@code tabs}, {@code nav} (the navigation tree; {@code navHtml} is the same as finished HTML, which
 * {@code <@navHtml/>} writes straight into the page, as the built-in {@code page.ftlh} does, and
 * {@code ${navHtml?no_esc}} inserts as a string), {@code toc}, {@code openGraph}, {@code extraCss}, {@code extraJavascript}.
 *
 * <p>A partial {@link dev.folio.model.render.RenderScope} (the Maven plugin's incremental builds and
 * {@code folio:serve}) writes only the pages in scope and the search indexes of the languages in scope; nothing
 * else, except a diagram or math library a page in scope needs that the output folder does not have yet.
 *
 * <p>Problems with the input are diagnostics with {@code file:line:col}: {@code broken-link},
 * {@code missing-anchor}, {@code link-outside-site}, {@code unsafe-link}, {@code unknown-icon},
 * {@code unknown-emoji}, {@code bad-output-path}, {@code path-outside-project}, {@code external-asset} (an
 * {@code extra_css}, {@code extra_javascript}, logo or favicon on another host: not loaded).
 */
@NullMarked
package dev.folio.render.html;

import org.jspecify.annotations.NullMarked;
