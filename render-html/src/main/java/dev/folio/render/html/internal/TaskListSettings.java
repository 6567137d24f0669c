package dev.folio.render.html.internal;

import dev.folio.model.doc.ListItem;
import dev.folio.render.kit.MarkupWriter;

import java.util.Map;

/**
 * pymdownx.tasklist's options: {@code custom_checkbox} (the checkbox in Material's styled
 * {@code <label class="task-list-control">}) and {@code clickable_checkbox} (not disabled).
 */
record TaskListSettings(boolean custom, boolean clickable) {
    /** Without a configuration: Material's documented set-up. */
    static final TaskListSettings DEFAULT = new TaskListSettings(true, false);

    static TaskListSettings of(Map<String, Object> config) {
        if (!MarkdownExtensions.enabled(config, "pymdownx.tasklist")) {
            return DEFAULT;
        }
        Map<?, ?> options = MarkdownExtensions.options(config, "pymdownx.tasklist");
        return new TaskListSettings(Boolean.TRUE.equals(options.get("custom_checkbox")),
                Boolean.TRUE.equals(options.get("clickable_checkbox")));
    }

    /** The checkbox that opens a task's item, and the space after it. */
    void checkbox(MarkupWriter out, ListItem.Task task) {
        String input = "<input type=\"checkbox\"" + (clickable ? "" : " disabled")
                + (task == ListItem.Task.DONE ? " checked" : "") + "/>";
        out.raw(custom ? "<label class=\"task-list-control\">" + input
                + "<span class=\"task-list-indicator\"></span></label> " : input + " ");
    }
}
