// The site comes out as mkdocs-static-i18n publishes it (expected/facts.txt, made with MkDocs 1.6.1, Material 9.6.4
// and the plugin 1.3.1): the same files, and on every page the same language, title, top-level navigation,
// language switcher and article links.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'

// Read and compared by ../page-facts.groovy (the ITs' source folder, beside this one's copy).
def pageFacts = evaluate(new File(basedir, '../../../src/it/page-facts.groovy'))
pageFacts.assertSame(pageFacts.read(new File(basedir, 'target/site')).facts,
        new File(basedir, 'expected/facts.txt').readLines('UTF-8').findAll { !it.startsWith('#') })
true
