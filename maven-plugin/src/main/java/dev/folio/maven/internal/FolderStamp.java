package dev.folio.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder's files, their sizes and modification times as one hash: cheap (nothing is read), and different after
 * any edit, addition or removal. For input that is not fingerprinted file by file.
 */
public final class FolderStamp {
    private FolderStamp() {
    }

    public static String of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "absent";
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            digest.update((folder.relativize(file) + "\t" + attributes.size() + "\t"
                    + attributes.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
