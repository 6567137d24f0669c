// Links cannot be checked in portably: made here, before the build. The "build machine's files" live beside
// the project, outside it; every one holds a marker that must appear nowhere in what the build writes.
import java.nio.file.Files
import java.nio.file.Path

// Idempotent: the clone in target/it is reused by the next run.
def link = { Path at, Path to -> Files.deleteIfExists(at); Files.createSymbolicLink(at, to) }

Path project = basedir.toPath()
Path outside = project.resolveSibling('outside-files.machine')
Files.createDirectories(outside.resolve('dir'))
Files.writeString(outside.resolve('secret.md'), '# Secret page\n\nFOLIO-SECRET-page\n')
Files.writeString(outside.resolve('notes.txt'), 'FOLIO-SECRET-snippet\n')
Files.writeString(outside.resolve('abbreviations.md'), '*[HTML]: FOLIO-SECRET-abbreviation\n')
Files.writeString(outside.resolve('image.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="0" y="20">FOLIO-SECRET-image</text></svg>\n')
Files.writeString(outside.resolve('extra.css'), '/* FOLIO-SECRET-css */\n')
Files.writeString(outside.resolve('page.ftlh'), '<html><body>FOLIO-SECRET-template ${content?no_esc}</body></html>\n')
Files.writeString(outside.resolve('dir/inner.md'), '# Inner\n\nFOLIO-SECRET-folder\n')

Path docs = project.resolve('docs')
Files.createDirectories(docs.resolve('img'))
Files.createDirectories(docs.resolve('css'))
Files.createDirectories(docs.resolve('sub'))
link(docs.resolve('leak.md'), outside.resolve('secret.md'))
link(docs.resolve('img/secret.svg'), outside.resolve('image.svg'))
link(docs.resolve('css/extra.css'), outside.resolve('extra.css'))
link(docs.resolve('linked'), outside.resolve('dir'))
link(docs.resolve('sub/up'), Path.of('../..'))
link(project.resolve('snippets/outside'), outside)
link(project.resolve('snippets/abbreviations.md'), outside.resolve('abbreviations.md'))
link(project.resolve('overrides/page.ftlh'), outside.resolve('page.ftlh'))
true
