// Same input and build time: the two executions wrote the same files with the same bytes.
import java.nio.file.Files

File first = new File(basedir, 'target/first')
File second = new File(basedir, 'target/second')
def files = { File root ->
    List<String> found = []
    root.eachFileRecurse { if (it.isFile()) found << root.toPath().relativize(it.toPath()).toString() }
    found.sort()
}
List<String> written = files(first)
assert written.any { it.endsWith('.html') } && written.any { it.endsWith('.pdf') } : "too little output: ${written}"
assert files(second) == written
List<String> differing = written.findAll { !Arrays.equals(Files.readAllBytes(new File(first, it).toPath()),
        Files.readAllBytes(new File(second, it).toPath())) }
assert differing.isEmpty() : "not byte-identical: ${differing}"
true
