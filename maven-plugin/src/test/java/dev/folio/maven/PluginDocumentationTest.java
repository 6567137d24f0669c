package dev.folio.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's documentation follows its descriptor ({@code META-INF/maven/plugin.xml}, generated from the
 * Mojos' annotations and Javadoc): the configuration page names exactly the goals and parameters that exist,
 * and the reference page ({@code content/docs/plugin-reference.md}, which Folio publishes with its own guide)
 * is the descriptor written as Markdown. After changing a parameter, regenerate the page with
 * {@code ./mvnw -o -pl maven-plugin -am verify -Dtest=PluginDocumentationTest -Dfolio.writeReference=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip}.
 */
class PluginDocumentationTest {

    private static final Path CONTENT = Path.of("../content/docs");
    private static final Pattern TABLE_NAME = Pattern.compile("^\\| `([A-Za-z.:]+)` \\|", Pattern.MULTILINE);

    @Test
    void theConfigurationPageListsEveryGoalAndParameterAndNoOther() throws Exception {
        List<Goal> goals = goals();
        String page = Files.readString(CONTENT.resolve("configuration.md"));
        String goalTable = section(page, "## Goals");
        String parameterTable = section(page, "## Parameters");

        Set<String> goalNames = new TreeSet<>();
        goals.forEach(goal -> goalNames.add("folio:" + goal.name()));
        Set<String> parameters = new TreeSet<>();
        goals.stream().filter(goal -> !goal.name().equals("help"))
                .forEach(goal -> goal.parameters().forEach(p -> parameters.add(p.name())));

        assertThat(names(goalTable)).as("goals in configuration.md").isEqualTo(goalNames);
        assertThat(names(parameterTable)).as("parameters in configuration.md").isEqualTo(parameters);
        for (Goal goal : goals) {
            for (Parameter parameter : goal.parameters()) {
                if (!parameter.property().isEmpty() && !goal.name().equals("help")) {
                    assertThat(parameterTable).as("the property of " + parameter.name())
                            .contains("| `" + parameter.name() + "` | `" + parameter.property() + "` |");
                }
            }
        }
    }

    @Test
    void theReferencePageIsTheDescriptorAsMarkdown() throws Exception {
        String generated = reference(goals());
        Path page = CONTENT.resolve("plugin-reference.md");
        if (Boolean.getBoolean("folio.writeReference")) {
            Files.writeString(page, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(page)).as(page + " is out of date: regenerate it as this class says")
                .isEqualTo(generated);
    }

    private static String reference(List<Goal> goals) {
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: Plugin reference\ndescription: Every goal and parameter of folio-maven-plugin.\n---\n\n")
                .append("# Plugin reference\n\n")
                .append("Every goal and parameter of `folio-maven-plugin`, generated from the plugin's descriptor ")
                .append("(its Javadoc). The [configuration page](configuration.md) explains them by task.\n");
        for (Goal goal : goals) {
            md.append("\n## folio:").append(goal.name()).append("\n\n").append(cell(goal.description())).append("\n\n");
            md.append(goal.phase().isEmpty() ? "Not bound to a phase." : "Default phase: `" + goal.phase() + "`.")
                    .append("\n\n");
            md.append("| Parameter | Type | Property | Default | Description |\n");
            md.append("|:----------|:-----|:---------|:--------|:------------|\n");
            for (Parameter parameter : goal.parameters()) {
                md.append("| `").append(parameter.name()).append("` | ").append(parameter.type()).append(" | ")
                        .append(parameter.property().isEmpty() ? "" : "`" + parameter.property() + "`").append(" | ")
                        .append(parameter.defaultValue().isEmpty() ? "" : "`" + parameter.defaultValue() + "`")
                        .append(" | ").append(cell(parameter.description())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("\n", " ").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replaceAll("\\s+", " ").strip();
    }

    private static Set<String> names(String table) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = TABLE_NAME.matcher(table);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String section(String page, String heading) {
        int start = page.indexOf(heading + "\n");
        assertThat(start).as(heading + " in configuration.md").isNotNegative();
        int end = page.indexOf("\n## ", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }

    record Goal(String name, String phase, String description, List<Parameter> parameters) {
    }

    record Parameter(String name, String type, String property, String defaultValue, String description) {
    }

    /** The goals in the descriptor, by name, each with its parameters a user can set. */
    private static List<Goal> goals() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document descriptor = factory.newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        Map<String, Goal> goals = new TreeMap<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Map<String, String[]> configuration = new TreeMap<>();
            Element config = child(mojo, "configuration");
            if (config != null) {
                for (Node node = config.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element element) {
                        String expression = element.getTextContent().strip();
                        configuration.put(element.getTagName(), new String[] {
                            expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : "",
                            element.getAttribute("default-value")});
                    }
                }
            }
            List<Parameter> parameters = new ArrayList<>();
            NodeList params = child(mojo, "parameters").getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element parameter = (Element) params.item(j);
                if (!text(parameter, "editable").equals("true")) {
                    continue;
                }
                String name = text(parameter, "name");
                String[] setting = configuration.getOrDefault(name, new String[] {"", ""});
                String type = text(parameter, "type");
                parameters.add(new Parameter(name, type.substring(type.lastIndexOf('.') + 1), setting[0], setting[1],
                        text(parameter, "description")));
            }
            String goal = text(mojo, "goal");
            goals.put(goal, new Goal(goal, text(mojo, "phase"), text(mojo, "description").replaceAll("\\s+", " ")
                    .strip(), parameters));
        }
        return List.copyOf(goals.values());
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : child.getTextContent().strip();
    }
}
