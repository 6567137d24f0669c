// What a reader sees of each page of a built site, a line per fact, as page-facts.py prints them for MkDocs' output
// (expected/facts.txt, see write-facts.sh): its files (the theme's own aside); per page its lang, title, top-level
// navigation and language switcher (resolved to site paths); its article links. Evaluated by the verify scripts of
// the translation ITs; returns [read: site folder → [facts: lines, switchers: page → switcher],
// assertSame: (facts, expected/facts.txt lines) → the differences as one assertion].
import org.jsoup.Jsoup

def read = { File site ->
    def theme = ['assets/javascripts/', 'assets/stylesheets/', 'assets/images/favicon.png', 'search/', '_folio/']
    def facts = []
    def switchers = [:]
    site.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        String path = site.toPath().relativize(file.toPath()).toString().replace('\\', '/')
        if (theme.any { path.startsWith(it) }) {
            return
        }
        facts << "file\t${path}"
        if (!path.endsWith('.html') || file.name == '404.html') {
            return
        }
        def page = Jsoup.parse(file, 'UTF-8')
        URI base = new URI('https://site.invalid/' + path)
        def sitePath = { String href ->
            URI resolved = base.resolve(href)
            resolved.rawPath + (resolved.rawQuery ? '?' + resolved.rawQuery : '') + (resolved.rawFragment ? '#' + resolved.rawFragment : '')
        }
        // Material's <label> of a section, or Folio's <summary>
        def top = page.select('nav.md-nav--primary > ul > li').collect { item ->
            def link = item.children().find { it.is('a.md-nav__link, label.md-nav__link') } ?: item.selectFirst('details > summary')
            link?.text()
        }.findAll { it != null }
        def switcher = page.select('a.md-select__link[hreflang]').collect { "${it.attr('hreflang')}=${sitePath(it.attr('href'))}" }
        switchers[path] = switcher.join(' ')
        facts << "page\t${path}\t${page.selectFirst('html').attr('lang')}\t${page.title()}\t${top.join(' | ')}\t${switcher.join(' ')}"
        def article = page.selectFirst('article')
        def links = article.select('a[href]').findAll { !it.hasClass('headerlink') && !it.hasClass('md-content__button') }
                .collect { sitePath(it.attr('href')) } + article.select('img[src]').collect { sitePath(it.attr('src')) }
        facts << "links\t${path}\t${links.join(' ')}"
    }
    [facts: facts.collect { it.toString() }, switchers: switchers]
}

def assertSame = { List facts, List expected ->
    def missing = expected - facts
    def extra = facts - expected
    assert missing.isEmpty() && extra.isEmpty() : "not as MkDocs publishes it:\n  missing ${missing.join('\n  missing ')}\n  extra ${extra.join('\n  extra ')}"
}

return [read: read, assertSame: assertSame]
