// The PDF is attached to the project, classifier = language, so install publishes it.
File installed = new File(localRepositoryPath, 'dev/folio/it/attach-pdfs/1.0/attach-pdfs-1.0-en.pdf')
assert installed.isFile() : "not installed: ${installed}"
assert installed.bytes[0..3] == '%PDF'.bytes.toList()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Attached 1 PDF to the project, classifiers [en]')
assert !new File(basedir, 'target/site').exists() : 'the pdf goal wrote the website too'
true
