// A renderer may clean its output folder: the project itself is refused before anything is read.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /outputDirectory: \S+ is the project's base directory \S+\. It accepts a folder of its own/
assert !log.contains('Loaded ')
assert !new File(basedir, 'index.html').exists()
true
