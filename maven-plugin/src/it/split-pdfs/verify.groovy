// pdf.split=section writes one PDF per top-level section and language; each is attached with a classifier
// of its language and section, so install publishes every one under its own name.
File repo = new File(localRepositoryPath, 'dev/folio/it/split-pdfs/1.0')
def installed = repo.listFiles().findAll { it.name.endsWith('.pdf') }*.name.sort()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert installed.size() == 4 : "installed: ${installed}\n" + log
assert installed.every { it ==~ /split-pdfs-1\.0-(en|he)-.+\.pdf/ } : "installed: ${installed}"
assert installed.count { it.contains('-en-') } == 2
assert installed.count { it.contains('-he-') } == 2
installed.each { assert new File(repo, it).bytes[0..3] == '%PDF'.bytes.toList() }
assert log =~ /Attached 4 PDFs to the project, classifiers \[en-.+, en-.+, he-.+, he-.+\]/
true
