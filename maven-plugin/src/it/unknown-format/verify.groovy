// A comma-separated list on the command line; the one wrong name is reported with what is available.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('formats: unknown format epub; available: html, pdf')
assert !log.contains('Loaded ')
true
