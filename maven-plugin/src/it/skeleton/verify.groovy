// Reads the output the way a reader would: the HTML with a real HTML parser, the PDFs with PDFBox.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.jsoup.Jsoup

File site = new File(basedir, 'target/site')
assert site.isDirectory() : "no website in ${site}"

List<File> htmlFiles = []
site.eachFileRecurse { if (it.name.endsWith('.html')) htmlFiles << it }
htmlFiles.sort { it.path }
def pages = htmlFiles.collectEntries { [(it): Jsoup.parse(it, 'UTF-8')] }

// Pages are found by language and heading, so the check holds whatever folder layout the HTML backend picks.
def pageOf = { String lang, String heading ->
    def found = pages.find { file, doc -> doc.selectFirst('html')?.attr('lang') == lang && doc.select('h1').any { it.text().contains(heading) } }
    assert found : "no ${lang} page with heading '${heading}' among ${htmlFiles*.path}"
    found
}
def resolve = { File from, String href ->
    String path = href.replaceFirst(/[#?].*$/, '')
    File target = path.isEmpty() ? from : new File(from.parentFile, path)
    (path.isEmpty() || path.endsWith('/') || target.isDirectory()) && !path.isEmpty() ? new File(target, 'index.html').canonicalFile : target.canonicalFile
}

def (enFile, en) = pageOf('en', 'Welcome to Skeleton').with { [it.key, it.value] }
// As MkDocs Material: the start page is titled with the site's name, here the project's <name>.
assert en.title() == 'Skeleton Guide' : "title is '${en.title()}'"

def guideLink = en.select('a').find { it.text() == 'installation guide' }
assert guideLink : 'the link to guide.md is missing'
String href = guideLink.attr('href')
assert !href.contains('.md') : "the link to guide.md was not rewritten: ${href}"
File guideFile = resolve(enFile, href)
assert guideFile.isFile() : "the rewritten link ${href} leads to ${guideFile}, which does not exist"
def guide = Jsoup.parse(guideFile, 'UTF-8')
assert guide.select('h1').text().contains('Installation guide')
assert guide.title().contains('Installation guide') : "title is '${guide.title()}'"

def (heFile, he) = pageOf('he', 'ברוכים הבאים').with { [it.key, it.value] }
assert he.selectFirst('html').attr('dir') == 'rtl' : 'the Hebrew page is not right to left'
def (zhFile, zh) = pageOf('zh-Hant', '歡迎使用').with { [it.key, it.value] }
assert zh.selectFirst('html').attr('dir') != 'rtl'

// The language switcher: the English start page links to its Hebrew and Chinese translations.
def targets = en.select('a[href]').collect { resolve(enFile, it.attr('href')) } as Set
assert targets.contains(heFile.canonicalFile) : "no link from ${enFile} to ${heFile}; links lead to ${targets}"
assert targets.contains(zhFile.canonicalFile) : "no link from ${enFile} to ${zhFile}"

// One PDF per language, each with pages, together holding the text of all three languages.
File target = new File(basedir, 'target')
List<File> pdfs = target.listFiles().findAll { it.name.endsWith('.pdf') }.sort()
assert pdfs.size() == 3 : "expected a PDF per language in ${target}, found ${pdfs*.name}"
Map<String, String> texts = pdfs.collectEntries { pdf ->
    Loader.loadPDF(pdf).withCloseable { doc ->
        assert doc.numberOfPages > 0 : "${pdf.name} has no pages"
        [(pdf.name): new PDFTextStripper().getText(doc)]
    }
}
def anyPdfHas = { String text -> texts.values().any { it.replaceAll(/\s+/, ' ').contains(text) } }
assert anyPdfHas('Folio turns Markdown into a website') : "English text missing from ${texts}"
assert anyPdfHas('Add the plugin to your build') : 'the second English page is missing from the PDF'
assert anyPdfHas('שלום עולם') : "Hebrew text missing (or not in reading order) from ${texts}"
assert anyPdfHas('這是一份簡短的說明文件') : "Chinese text missing from ${texts}"

// The log: one line per stage, with counts and time.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Loaded 4 pages in 3 languages in \d+ ms/
assert log =~ /\[INFO\] html: .+ \(\d+ ms\)/
assert log =~ /\[INFO\] pdf: .+ \(\d+ ms\)/
assert log.contains('[INFO] No problems found')
true
