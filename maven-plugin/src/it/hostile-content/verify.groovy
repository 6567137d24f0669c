// Each hostile page is one diagnostic at its file; every page, the search index and the guide are written.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'
assert !log.contains('pwned')
[
    ~/\[WARNING\] docs\/long-line\.md:1:1: the page holds 10000008 characters of text, more than a guide prints/,
    ~/\[WARNING\] docs\/bad-bytes\.md:3:22: the file is not valid UTF-8/,
    ~/\[WARNING\] docs\/bad-bytes\.md:5:8: the file holds NUL characters/,
    ~/\[ERROR\] docs\/tags\.md:2:\d+: front matter: .*python\/object\/apply/,
    ~/\[ERROR\] docs\/bomb\.md:\d+:\d+: front matter: .*alias/,
    ~/\[WARNING\] mkdocs\.yml:8:8: mkdocs\.yml: tag !python\/object\/apply:os\.system is not run; kept as text/,
    ~/\[WARNING\] mkdocs\.yml:9:9: mkdocs\.yml: tag !java\.io\.File is not run; kept as text/,
].each { assert log =~ it : "no diagnostic like ${it}" }

File site = new File(basedir, 'target/site')
def text = { String path -> Jsoup.parse(new File(site, path), 'UTF-8').select('article').text() }
assert text('index.html').contains('Still here.')
assert text('long-line/index.html').length() > 10_000_000 - 100
assert text('wide-table/index.html').contains('After the table.')
assert Jsoup.parse(new File(site, 'wide-table/index.html'), 'UTF-8').select('table tr').first().select('th').size() == 20_000
assert text('bad-bytes/index.html').contains('Before the bad bytes \uFFFD')
assert text('bad-bytes/index.html').contains('A NUL: \uFFFD and on.')
assert text('tags/index.html').contains('Type tags are refused.')
assert text('bomb/index.html').contains('Aliases are bounded.')
def numbers = Jsoup.parse(new File(site, 'linenums/index.html'), 'UTF-8').select('td.linenos span.normal')*.text()
assert numbers == ['999999999999999', '1000000000000000'] : numbers
assert text('name with spaces/index.html').contains('A file name with spaces.')
assert text('a<&>b/index.html').contains('A file name with markup characters.')
def links = Jsoup.parse(new File(site, 'index.html'), 'UTF-8').select('article a')*.attr('href')
assert links == ['name%20with%20spaces/', 'a%3C%26%3Eb/'] : links
assert new File(basedir, 'target/site/_folio/search/en.js').text.contains('A file name with spaces.')

File pdf = new File(basedir, 'target').listFiles().find { it.name.endsWith('.pdf') }
assert pdf != null : 'no guide'
Loader.loadPDF(pdf).withCloseable { document ->
    String printed = new PDFTextStripper().getText(document)
    ['Still here.', 'This page is too long to print.', 'https://example.org/hostile/long-line/', 'After the table.',
     'A file name with spaces.', 'A file name with markup characters.', 'Aliases are bounded.'].each {
        assert printed.contains(it) : "the guide does not print: ${it}"
    }
}
true
