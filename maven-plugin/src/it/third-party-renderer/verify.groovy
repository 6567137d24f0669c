// The third party's format ran, into the folder configured for it, and nothing else did.
File titles = new File(basedir, 'target/text/titles.txt')
assert titles.isFile() : "no ${titles}"
assert titles.getText('UTF-8') == 'en Third-party home\n'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] txt: 1 titles \(\d+ ms\)/
assert !new File(basedir, 'target/site').exists()
true
