package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.ProjectRoot;
import dev.folio.model.SourcePosition;
import dev.folio.model.doc.LinkTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides which files a guide may read: images and icons from inside the language's content
 * folder only. Network URLs, {@code file:} URLs, absolute paths and {@code ..} escapes are
 * refused with a diagnostic; so are missing and unreadable images, which then print as their
 * alternative text instead of breaking the guide.
 */
public final class Resources {
    /** Icons by folders, set and name; shared by every guide, as icon files do not change during a build. */
    private static final Map<String, Optional<String>> ICONS = new ConcurrentHashMap<>();
    private static final Set<String> RASTER = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /** Makes the resources of one rendering, reporting to its own sink. */
    @FunctionalInterface
    interface Factory {
        Resources create(DiagnosticSink diagnostics);
    }

    private final List<Path> roots;
    private final List<Path> iconFolders;
    private final DiagnosticSink diagnostics;

    /**
     * @param roots       the language's docs folder, then the default language's, where translations
     *                    find the assets they share; nothing outside them is read
     * @param iconFolders folders holding custom icon sets ({@code overrides/.icons}), each inside the project
     */
    Resources(List<Path> roots, List<Path> iconFolders, DiagnosticSink diagnostics) {
        this.roots = roots.stream().map(Resources::realOrNormal).distinct().toList();
        this.iconFolders = iconFolders.stream().map(Resources::realOrNormal).toList();
        this.diagnostics = diagnostics;
    }

    /** Whether a URI openhtmltopdf is about to load is one this guide handed out. */
    boolean allows(String uri) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith("data:")) {
            return true;
        }
        if (!uri.startsWith("file:")) {
            return false;
        }
        try {
            Path path = realOrNormal(Path.of(java.net.URI.create(uri)));
            return roots.stream().anyMatch(path::startsWith) || iconFolders.stream().anyMatch(path::startsWith);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether an image is the dark-mode twin of another ({@code x.svg#only-dark}, GitHub's
     * {@code #gh-dark-mode-only}, as Material documents them): paper is light, so it is not printed.
     */
    static boolean forDarkModeOnly(String url) {
        int hash = url.lastIndexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1).strip();
        return fragment.equals("only-dark") || fragment.equals("gh-dark-mode-only");
    }

    /** The URI to print an image from, or empty (and a diagnostic) when it may not or cannot be read. */
    Optional<String> image(LinkTarget target, SourcePosition position) {
        String written = target.written();
        if (target instanceof LinkTarget.External) {
            if (written.startsWith("data:image/")) {
                return Optional.of(written);
            }
            refuse("pdf-resource-refused", "image " + written + " is not read: " + whyRefused(written), position);
            return Optional.empty();
        }
        if (!(target instanceof LinkTarget.Internal internal) || internal.path().isEmpty()) {
            refuse("pdf-image-missing", "image " + written + " does not name a file", position);
            return Optional.empty();
        }
        String path = internal.path();
        if (path.startsWith("/") || path.startsWith("\\") || path.contains(":") || path.equals("..")
                || path.startsWith("../") || path.contains("/../")) {
            refuse("pdf-resource-refused", "image " + written + " is outside the content folder", position);
            return Optional.empty();
        }
        Optional<Path> found;
        try {
            found = roots.stream().map(root -> root.resolve(path).normalize())
                    .filter(file -> roots.stream().anyMatch(file::startsWith)).filter(Files::isRegularFile).findFirst();
        } catch (java.nio.file.InvalidPathException notAFileName) {
            // A name no file can have here (a lone surrogate, NUL): no such image, not a failed chapter.
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            refuse("pdf-image-missing", "image " + written + " not found", position);
            return Optional.empty();
        }
        Path real = realOrNormal(found.get());
        if (roots.stream().noneMatch(real::startsWith)) {
            refuse("pdf-resource-refused", "image " + written + " links outside the content folder", position);
            return Optional.empty();
        }
        return readable(real, written, position) ? Optional.of(real.toUri().toString()) : Optional.empty();
    }

    private static String whyRefused(String written) {
        if (written.regionMatches(true, 0, "file:", 0, 5)) {
            return "file URLs are not allowed";
        }
        return written.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? "remote resources are not loaded into the PDF"
                : "it is outside the content folder";
    }

    /**
     * An icon as an SVG data URI: from the project's custom icon folders ({@code overrides/.icons/<set>/<name>.svg}),
     * else from the icon sets on the classpath ({@link IconSets}).
     */
    Optional<String> icon(String set, String name) {
        if (!set.matches("[a-z0-9_-]+") || !name.matches("[a-z0-9_-]+(?:/[a-z0-9_-]+){0,8}")) {
            return Optional.empty();
        }
        return ICONS.computeIfAbsent(iconFolders + "|" + set + "/" + name, key -> Optional.ofNullable(find(set, name)));
    }

    /** Twemoji's image of an emoji by its file code ({@code 1f604}) as a data URI; empty when Twemoji has none. */
    Optional<String> emoji(String code) {
        return ICONS.computeIfAbsent("twemoji|" + code,
                key -> dev.folio.render.kit.Twemoji.svg(code).map(Resources::dataUri));
    }

    private String find(String set, String name) {
        for (Path folder : iconFolders) {
            Path file = folder.resolve(set).resolve(name + ".svg").normalize();
            // Its links followed, the file must still be in the icon folder: never a file of the build machine.
            Optional<Path> inside = file.startsWith(folder) && Files.isRegularFile(file)
                    ? ProjectRoot.of(folder).resolve(file) : Optional.empty();
            if (inside.isPresent()) {
                try {
                    return dataUri(Files.readAllBytes(inside.get()));
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return dev.folio.render.kit.IconSets.svg(set, name).map(Resources::dataUri).orElse(null);
    }

    private static String dataUri(byte[] svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg);
    }

    private boolean readable(Path file, String written, SourcePosition position) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("svg")) {
            return true;
        }
        if (!RASTER.contains(extension)) {
            refuse("pdf-image-unsupported", "image " + written + ": ." + extension
                    + " cannot be printed (use PNG, JPEG, GIF or SVG); its text is printed instead", position);
            return false;
        }
        if (hasImageHeader(file)) {
            return true;
        }
        refuse("pdf-image-unreadable", "image " + written + " cannot be decoded; its text is printed instead",
                position);
        return false;
    }

    /** Reads only the header, which is enough to tell a picture from a broken file, and cheap for large ones. */
    private static boolean hasImageHeader(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void refuse(String code, String message, SourcePosition position) {
        diagnostics.report(Diagnostic.warning(code, message, position));
    }

    private static Path realOrNormal(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }
}
