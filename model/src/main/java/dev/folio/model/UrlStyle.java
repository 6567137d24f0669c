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

    /** The path a link points to: the output path, without {@code index.html} for directory URLs. */
    public String linkPath(String sourcePath) {
        String output = outputPath(sourcePath);
        if (this == DIRECTORY && output.endsWith("index.html")) {
            return output.substring(0, output.length() - "index.html".length());
        }
        return output;
    }
}
