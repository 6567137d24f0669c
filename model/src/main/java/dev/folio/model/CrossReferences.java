package dev.folio.model;

import dev.folio.model.doc.ApiReference;
import dev.folio.model.doc.Heading;
import dev.folio.model.doc.LinkTarget;
import dev.folio.model.doc.Traversal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a cross-reference ({@link LinkTarget.CrossReference}) leads, as mkdocs-autorefs resolves it: to the heading
 * or API reference with that anchor on any page of the page's language (the primary language's pages standing in
 * for those it lacks), the closest page first when several have it ({@code resolve_closest}); else, for a dotted
 * identifier, to the API reference of its nearest documented parent ({@code agents.guardrail.GuardrailFunctionOutput}
 * → the reference of {@code agents.guardrail}, whose generated page would hold it). Thread-safe; one per site.
 */
public final class CrossReferences {
    private final Site site;
    private final Map<String, Index> byLanguage = new ConcurrentHashMap<>();

    /** The pages with each anchor, in page order, and the anchors that are API references. */
    private record Index(Map<String, List<String>> pages, Map<String, List<String>> apiPages) {
    }

    public CrossReferences(Site site) {
        this.site = site;
    }

    /** The page and anchor {@code identifier} leads to from {@code from}, or empty when nothing has it. */
    public Optional<LinkTarget.Internal> resolve(Page from, String identifier) {
        Index index = byLanguage.computeIfAbsent(from.language(), this::index);
        List<String> pages = index.pages().get(identifier);
        if (pages != null) {
            return Optional.of(new LinkTarget.Internal(identifier, closest(from.sourcePath(), pages), identifier));
        }
        for (int dot = identifier.lastIndexOf('.'); dot > 0; dot = identifier.lastIndexOf('.', dot - 1)) {
            String parent = identifier.substring(0, dot);
            List<String> documented = index.apiPages().get(parent);
            if (documented != null) {
                return Optional.of(new LinkTarget.Internal(identifier, closest(from.sourcePath(), documented), parent));
            }
        }
        return Optional.empty();
    }

    private Index index(String language) {
        Map<String, List<String>> pages = new HashMap<>();
        Map<String, List<String>> apiPages = new HashMap<>();
        List<Page> all = new ArrayList<>(site.pages(language));
        String primary = site.config().defaultLanguage();
        if (!language.equals(primary)) {
            site.pages(primary).stream().filter(page -> site.page(language, page.sourcePath()).isEmpty())
                    .forEach(all::add);
        }
        for (Page page : all) {
            for (Heading heading : page.document().headings()) {
                add(pages, heading.attributes().id(), page.sourcePath());
            }
            Traversal.nodes(page.document()).filter(ApiReference.class::isInstance).map(ApiReference.class::cast)
                    .forEach(reference -> {
                        add(pages, reference.anchor(), page.sourcePath());
                        add(apiPages, reference.anchor(), page.sourcePath());
                    });
        }
        return new Index(pages, apiPages);
    }

    private static void add(Map<String, List<String>> index, String anchor, String page) {
        if (!anchor.isEmpty()) {
            List<String> pages = index.computeIfAbsent(anchor, a -> new ArrayList<>());
            if (!pages.contains(page)) {
                pages.add(page);
            }
        }
    }

    /** Of {@code candidates}, the page whose path shares the most folders with {@code from}'s; the first on a tie. */
    private static String closest(String from, List<String> candidates) {
        String best = candidates.get(0);
        int bestShared = -1;
        for (String candidate : candidates) {
            int shared = sharedFolders(from, candidate);
            if (candidate.equals(from)) {
                return candidate;
            }
            if (shared > bestShared) {
                best = candidate;
                bestShared = shared;
            }
        }
        return best;
    }

    private static int sharedFolders(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        int shared = 0;
        while (shared < left.length - 1 && shared < right.length - 1 && left[shared].equals(right[shared])) {
            shared++;
        }
        return shared;
    }
}
