// The site comes out as mkdocs-static-i18n publishes it (expected/facts.txt, made with MkDocs 1.6.1, Material 9.6.4
// and the plugin 1.3.1): the same files, and on every page the same language, title, top-level navigation,
// language switcher and article links.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed (build.log)'

// The facts, as ../page-facts.groovy reads them (the ITs' source folder, beside this one's copy).
def pageFacts = evaluate(new File(basedir, '../../../src/it/page-facts.groovy'))
def facts = pageFacts(new File(basedir, 'target/site')).facts
def expected = new File(basedir, 'expected/facts.txt').readLines('UTF-8').findAll { !it.startsWith('#') }
def missing = expected - facts
def extra = facts - expected
assert missing.isEmpty() && extra.isEmpty() : "not as mkdocs-static-i18n publishes it:\n  missing ${missing.join('\n  missing ')}\n  extra ${extra.join('\n  extra ')}"
true
