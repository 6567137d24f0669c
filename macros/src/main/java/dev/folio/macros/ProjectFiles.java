package dev.folio.macros;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.loader.ResourceLocator;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where {@code {% include %}} and {@code {% import %}} find files: mkdocs-macros' {@code include_dir}, then the docs
 * folder; a name that leads outside the project, through {@code ..}, an absolute path or a symbolic link, is refused,
 * as is a file too large to be a page's part.
 */
final class ProjectFiles implements ResourceLocator {
    private static final long MAX_SIZE = 1_000_000;

    private final Path project;
    private final List<Path> roots;

    private ProjectFiles(Path project, List<Path> roots) {
        this.project = project;
        this.roots = roots;
    }

    static ProjectFiles of(Path projectRoot, Path docsFolder, Map<String, Object> pluginOptions) {
        Path project = projectRoot.toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        if (pluginOptions.get("include_dir") instanceof String dir && !dir.isBlank()) {
            roots.add(project.resolve(dir).normalize());
        }
        roots.add(docsFolder.toAbsolutePath().normalize());
        return new ProjectFiles(project, roots);
    }

    @Override
    public String getString(String name, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
        if (name.isBlank() || Path.of(name).isAbsolute() || name.indexOf('\0') >= 0) {
            throw new IOException("'" + name + "' is not a file of the project");
        }
        for (Path root : roots) {
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root) || !file.startsWith(project)) {
                throw new IOException("'" + name + "' is outside the project; it is not read");
            }
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(project.toRealPath())) {
                throw new IOException("'" + name + "' leads outside the project through a link; it is not read");
            }
            if (Files.size(real) > MAX_SIZE) {
                throw new IOException("'" + name + "' is larger than " + MAX_SIZE + " bytes; it is not read");
            }
            return Files.readString(real, encoding);
        }
        throw new IOException("'" + name + "' is not found in " + roots.stream().map(project::relativize).toList());
    }
}
