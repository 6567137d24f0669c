// The cover says the day of the build (not January 1, 1970), and so does the PDF's metadata.
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'
assert !log.contains('1970')
assert log.contains('[INFO] Up to date: pdf') : 'the second build, with nothing changed, rendered again'

def format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).withZone(ZoneOffset.UTC)
Instant now = Instant.now()
// The build ran minutes ago at most: today, or yesterday just after midnight.
def days = [format.format(now), format.format(now.minus(Duration.ofHours(1)))]
File pdf = new File(basedir, 'target').listFiles().find { it.name.endsWith('-en.pdf') }
assert pdf != null : 'no guide'
Loader.loadPDF(pdf).withCloseable { document ->
    String cover = new PDFTextStripper().with { startPage = 1; endPage = 1; getText(document) }
    assert days.any { cover.contains(it) } : "the cover is not dated ${days[0]}: ${cover}"
    Instant created = document.documentInformation.creationDate.toInstant()
    assert Duration.between(created, now).abs() < Duration.ofHours(1) : "created ${created}"
}
true
