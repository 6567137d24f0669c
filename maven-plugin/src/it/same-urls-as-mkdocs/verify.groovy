// Each output holds exactly the files MkDocs publishes for the same site (its theme's own files aside: Folio's are
// in _folio/), and each page's article links where MkDocs links: same URLs, with and without directory URLs.
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'
assert (log =~ /\[WARNING\] docs\/both\/README\.md[:\d]*: left out of the site because it conflicts with the index\.md/)
        .count == 3 : 'no README warning'
// As MkDocs 1.6 lists them: the page the nav leaves out, not the one not_in_nav names.
assert (log =~ /\[INFO\] docs\/lost\.md[:\d]*: this page is not in the nav/).count == 2
assert !log.contains('docs/orphan.md')

['directory-urls', 'file-urls'].each { variant ->
    def expected = new File(basedir, "expected/${variant}.txt").readLines('UTF-8').findAll { !it.startsWith('#') }
            .collect { it.split('\t', -1) }
    def expectedFiles = expected.findAll { it[0] == 'file' }.collect { it[1] } as SortedSet
    def expectedLinks = expected.findAll { it[0] == 'links' }.collectEntries { [(it[1]): it[2]] }

    File site = new File(basedir, "target/${variant}")
    def files = [] as SortedSet
    site.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        String path = site.toPath().relativize(file.toPath()).toString().replace('\\', '/')
        if (!path.startsWith('_folio/')) {
            files << path
        }
    }
    assert files == expectedFiles : "${variant}: missing ${expectedFiles - files}, not in MkDocs' site ${files - expectedFiles}"

    expectedLinks.each { page, links ->
        def article = Jsoup.parse(new File(site, page), 'UTF-8').selectFirst('article')
        def found = article.select('a[href]').findAll { !it.hasClass('headerlink') && !it.hasClass('md-content__button') }
                .collect { it.attr('href') } + article.select('img[src]').collect { it.attr('src') }
        assert found.join(' ') == links : "${variant} ${page}: links ${found}, MkDocs ${links}"
    }
}

// Without outputDirectory, the site goes where site_dir says, relative to the configuration file.
assert new File(basedir, 'target/from-site-dir/guide/page/index.html').isFile()
assert !new File(basedir, 'target/site').exists()
// Without site_url, MkDocs still writes both sitemaps, listing nothing.
assert new File(basedir, 'target/from-site-dir/sitemap.xml').text.contains('<urlset')
assert new File(basedir, 'target/from-site-dir/sitemap.xml.gz').isFile()
true
