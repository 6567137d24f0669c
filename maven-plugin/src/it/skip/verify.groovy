String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping Folio (folio.skip is true)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target').exists() : 'a skipped build wrote output'
true
