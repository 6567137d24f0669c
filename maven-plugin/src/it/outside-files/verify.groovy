// Every way a file outside the project could be read is refused with a warning naming it; the loop is
// reported, not followed; the rest of the site and its guide are written; no marker reaches the output.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'
[
    ~/\[WARNING\] docs\/leak\.md: this page links outside the project folder; not read/,
    ~/\[WARNING\] docs\/linked: this folder links outside the project folder; not read/,
    ~/\[WARNING\] docs\/sub\/up: this folder is a symbolic link loop; not followed/,
    ~/\[WARNING\] docs\/index\.md:5:1: snippet outside\/notes\.txt links outside the project folder; not read/,
    ~/\[WARNING\] mkdocs\.yml: auto_append snippet abbreviations\.md links outside the project folder; not read/,
    ~/\[WARNING\] docs\/img\/secret\.svg: not copied: this file links outside the project folder; not read/,
    ~/\[WARNING\] docs\/css\/extra\.css: not copied: this file links outside the project folder; not read/,
    ~/\[WARNING\] mkdocs\.yml: theme file overrides\/page\.ftlh links outside the project folder; not read/,
].each { assert log =~ it : "no warning like ${it}" }
assert !(log =~ /\[WARNING\] docs\/leak\.md: not copied/) : 'one refused file, one warning'

File site = new File(basedir, 'target/site')
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.select('article p').first().text() == 'The HTML guide starts here.'
assert Jsoup.parse(new File(site, 'other/index.html'), 'UTF-8').select('article p').text() ==
        'Still here, after every refused link.'
assert !new File(site, 'leak/index.html').exists()
assert !new File(site, 'linked').exists()
assert !new File(site, 'sub/up').exists() : 'the loop was followed'
assert !new File(site, 'img/secret.svg').exists()

site.eachFileRecurse { file ->
    if (file.isFile()) {
        assert !new String(file.bytes, 'ISO-8859-1').contains('FOLIO-SECRET') : "${file} holds a file from outside the project"
    }
}
File pdf = new File(basedir, 'target').listFiles().find { it.name.endsWith('.pdf') }
assert pdf != null : 'no guide'
Loader.loadPDF(pdf).withCloseable { document ->
    String text = new PDFTextStripper().getText(document)
    assert text.contains('Still here, after every refused link.')
    assert !text.contains('FOLIO-SECRET') : 'the guide prints a file from outside the project'
}
true
