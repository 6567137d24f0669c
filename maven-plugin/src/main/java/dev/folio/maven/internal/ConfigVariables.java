package dev.folio.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a configuration file reads with {@code !ENV}, with their values: they decide
 * the output as much as the files do, so the up-to-date check counts them. Only the variables named in the
 * file count, so an unrelated change to the environment (a new terminal) does not force a build.
 */
public final class ConfigVariables {

    // !ENV NAME, or !ENV [NAME, OTHER, "default"] over several lines: names are the unquoted words.
    private static final Pattern ENV_TAG = Pattern.compile("!ENV\\s*(\\[[^\\]]*\\]|[A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NAME = Pattern.compile("(?<![\"'\\w])[A-Za-z_][A-Za-z0-9_]*(?![\"'\\w])");

    private ConfigVariables() {
    }

    /** {@code NAME=value} (or {@code NAME unset}) for each variable the file names, sorted; none without a file. */
    public static List<String> of(Path configFile, Map<String, String> environment) throws IOException {
        String text;
        try {
            text = Files.readString(configFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        Matcher tag = ENV_TAG.matcher(text);
        while (tag.find()) {
            String argument = tag.group(1);
            // Quoted defaults are skipped: only the bare words of the list are variable names.
            Matcher name = NAME.matcher(argument.replaceAll("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+){0,256}+\"|'[^']*'", "\"\""));
            while (name.find()) {
                names.add(name.group());
            }
        }
        List<String> settings = new ArrayList<>();
        for (String name : names) {
            String value = environment.get(name);
            settings.add(value == null ? "env " + name + " unset" : "env " + name + "=" + value);
        }
        return settings;
    }
}
