// The languages of docs/en/mkdocs.yml and of docs/es/mkdocs.yml (INHERIT: ../en/mkdocs.yml) come out as one site,
// as MkDocs 1.6.1 + Material 9.6.4 publish them when each is built on its own (expected/facts.txt): the same files,
// and on every page the same language, title, top-level navigation and article links. The language switcher is
// compared apart: Material's links every page to the other language's home (extra.alternate), Folio's to the same
// page in the other language.
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'

File site = new File(basedir, 'target/site')
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
    def top = page.select('nav.md-nav--primary > ul > li').collect { item ->
        def link = item.children().find { it.is('a.md-nav__link, label.md-nav__link') } ?: item.selectFirst('details > summary')
        link?.text()
    }.findAll { it != null }
    def switcher = page.select('a.md-select__link[hreflang]').collect { "${it.attr('hreflang')}=${sitePath(it.attr('href'))}" }
    facts << "page\t${path}\t${page.selectFirst('html').attr('lang')}\t${page.title()}\t${top.join(' | ')}"
    switchers[path] = switcher.join(' ')
    def article = page.selectFirst('article')
    def links = article.select('a[href]').findAll { !it.hasClass('headerlink') && !it.hasClass('md-content__button') }
            .collect { sitePath(it.attr('href')) } + article.select('img[src]').collect { sitePath(it.attr('src')) }
    facts << "links\t${path}\t${links.join(' ')}"
}
def expected = new File(basedir, 'expected/facts.txt').readLines('UTF-8').findAll { !it.startsWith('#') }
        .collect { it.startsWith('page\t') ? it.split('\t')[0..4].join('\t') : it }
def missing = expected - facts
def extra = facts - expected
assert missing.isEmpty() && extra.isEmpty() : "not as mkdocs-static-i18n publishes it:\n  missing ${missing.join('\n  missing ')}\n  extra ${extra.join('\n  extra ')}"
assert switchers['guide/index.html'] == 'en=/guide/ es=/es/guide/' : switchers['guide/index.html']
assert switchers['es/index.html'] == 'en=/ es=/es/' : switchers['es/index.html']
true
