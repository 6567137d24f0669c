package dev.folio.model;

/**
 * How a page's source path becomes its output path. {@link #DIRECTORY} is MkDocs'
 * {@code use_directory_urls: true}: {@code about/team.md} → {@code about/team/index.html}, linked as
 * {@code about/team/}. {@link #FILE} gives {@code about/team.html}. {@code index.md} and
 * {@code README.md} become their folder's {@code index.html} in both.
 */
public enum UrlStyle {
    DIRECTORY, FILE;

    /** The output file, relative to the language's output folder, {@code /}-separated. */
    public String outputPath(String sourcePath) {
        String stem = sourcePath.endsWith(".md") ? sourcePath.substring(0, sourcePath.length() - 3) : sourcePath;
        int slash = stem.lastIndexOf('/');
        String folder = stem.substring(0, slash + 1);
        String name = stem.substring(slash + 1);
        if (name.equals("index") || name.equalsIgnoreCase("README")) {
            return folder + "index.html";
        }
        return this == DIRECTORY ? folder + name + "/index.html" : folder + name + ".html";
    }

    /**
     * A path as a URL writes it, the way MkDocs writes every page and file URL (Python's {@code quote}, {@code /}
     * kept): bytes other than letters, digits, {@code _.-~} and {@code /} percent-encoded as UTF-8, so
     * {@code name with spaces/} is linked as {@code name%20with%20spaces/}. A path needing none comes back as is.
     */
    public static String encoded(String path) {
        int i = 0;
        while (i < path.length() && isSafe(path.charAt(i))) {
            i++;
        }
        if (i == path.length()) {
            return path;
        }
        StringBuilder url = new StringBuilder(path.length() + 16).append(path, 0, i);
        for (byte b : path.substring(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isSafe(c)) {
                url.append(c);
            } else {
                url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return url.toString();
    }

    private static boolean isSafe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-'
                || c == '.' || c == '_' || c == '~';
    }

    /** The path a link points to: the output path, without {@code index.html} for directory URLs. */
    public String linkPath(String sourcePath) {
        String output = outputPath(sourcePath);
        if (this == DIRECTORY && output.endsWith("index.html")) {
            return output.substring(0, output.length() - "index.html".length());
        }
        return output;
    }
}
