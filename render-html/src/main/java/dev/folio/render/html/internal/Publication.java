package dev.folio.render.html.internal;

import dev.folio.model.Site;
import dev.folio.render.kit.CodeAnnotations;

import java.util.List;
import java.util.Map;

/**
 * Everything shared by the pages of one site while it is published: read once from the site and its
 * configuration, immutable or thread-safe, used by every page job in parallel.
 */
record Publication(Site site, AssetCatalog assets, Anchors anchors, PublishedPages published, IconLibrary icons,
        EmojiImages emoji, MarkupOptions markup,
        SiteChrome chrome, ThemeFeatures features, TocSettings toc, FootnoteSettings footnotes,
        HighlightSettings highlight,
        CodeAnnotations annotations, Map<String, List<ExtraAssets.ExtraFile>> extraCss,
        Map<String, List<ExtraAssets.ExtraFile>> extraJavascript, Map<String, NavigationHtml> navigation) {
}
