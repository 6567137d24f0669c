package dev.folio.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx.magiclink: bare URLs ({@code https://…}, {@code www.…}, {@code ftp://…}) and e-mail addresses become
 * links; with {@code repo_url_shorthand}, {@code @user}, {@code @user/repo}, {@code #1}, {@code !1}, {@code ?1},
 * {@code repo#1}, {@code user/repo#1}, commit hashes and {@code hash...hash} comparisons link to the site's
 * {@code provider} ({@code user}/{@code repo} being the site's own repository); with {@code social_url_shorthand},
 * {@code @x:user}. The shorteners ({@code repo_url_shortener}, {@code social_url_shortener}) give a link whose text
 * is its URL the short text of such a reference. {@code hide_protocol}, {@code normalize_issue_symbols} and
 * {@code labels} as pymdownx reads them. Patterns are pymdownx's, tried in its order: each takes what the earlier
 * ones left. Immutable.
 */
final class MagicLink {
    /** A found link: where it is in the text, and what it is. */
    record Found(int start, int end, String href, String text, String title, List<String> classes) {
    }

    private record Provider(String name, String label, String url, String userPattern, String issue, String pull,
            String discuss, String commit, String compare, int hashSize) {
        boolean social() {
            return issue.isEmpty();
        }
    }

    private static final String GITHUB_USER = "[a-zA-Z\\d](?:[-a-zA-Z\\d_]{0,37}[a-zA-Z\\d])?";
    private static final String GITLAB_USER = "[\\.a-zA-Z\\d_](?:[-a-zA-Z\\d_\\.]{0,37}[-a-zA-Z\\d_])?";
    private static final String BITBUCKET_USER = "[-a-zA-Z\\d_]{1,39}";
    private static final String X_USER = "\\w{1,15}";
    private static final String REPO = "(?<repo>[-._a-zA-Z\\d]{0,99}[a-zA-Z\\d])";
    private static final Map<String, Provider> PROVIDERS = Map.of(
            "github", new Provider("github", "GitHub", "https://github.com", GITHUB_USER, "/issues/", "/pull/",
                    "/discussions/", "/commit/", "/compare/%s...%s", 7),
            "gitlab", new Provider("gitlab", "GitLab", "https://gitlab.com", GITLAB_USER, "/-/issues/",
                    "/-/merge_requests/", "", "/-/commit/", "/-/compare/%s...%s", 8),
            "bitbucket", new Provider("bitbucket", "Bitbucket", "https://bitbucket.org", BITBUCKET_USER, "/issues/",
                    "/pull-requests/", "", "/commits/commit/", "/branches/commits/%s..%s#diff", 7),
            "x", new Provider("x", "X", "https://x.com", X_USER, "", "", "", "", "", 0),
            "twitter", new Provider("twitter", "Twitter", "https://twitter.com", X_USER, "", "", "", "", "", 0));
    private static final Map<String, Set<String>> EXCLUDED_USERS = Map.of(
            "bitbucket", Set.of("dashboard", "account", "plans", "support", "repo"),
            "github", Set.of("marketplace", "notifications", "issues", "pull", "sponsors", "settings", "support"),
            "gitlab", Set.of("dashboard", "-", "explore", "help", "projects"),
            "twitter", Set.of("i", "messages", "bookmarks", "home"),
            "x", Set.of("i", "messages", "bookmarks", "home"));

    private static final Pattern LINK = Pattern.compile("(?:\\b|(?<=_))(?:(?:ht|f)tps?://[^_\\W][-\\w]*(?:\\.[-\\w.]+)*|"
            + "(?<www>w{3}\\.)[^_\\W][-\\w]*(?:\\.[-\\w.]+)*)/?[-\\w.?,!'(){}\\[\\]/+&@%$#=:\"|~;]*(?:[^_\\W]|[-/#@$+=])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MAIL = Pattern.compile("(?<![-/+@a-z\\d_])(?:[-+a-z\\d_](?:[-a-z\\d_+]|\\.(?!\\.))*)"
            + "(?<!\\.)@(?:[-a-z\\d_]+\\.)(?:(?:[-a-z\\d_]|(?<!\\.)\\.(?!\\.))*)[a-z]\\b(?![-@])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MICRO_REFERENCE = Pattern.compile("(?:(?<![a-zA-Z])(?<issue>[#!?][1-9][0-9]*)|"
            + "(?<commit>(?<![@/])\\b[a-f\\d]{40})(?:\\.{3}(?<diff>[a-f\\d]{40}))?)\\b");
    private static final Pattern REPOSITORY_LINK = Pattern.compile("^https://(?:w{3}\\.)?"
            + "(?<host>github\\.com|gitlab\\.com|bitbucket\\.org)/(?<user>[^/]+)(?:/(?<repo>[^/]+))?(?<rest>/.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOCIAL_LINK = Pattern.compile(
            "^https://(?:w{3}\\.)?(?<host>twitter|x)\\.com/(?<user>" + X_USER + ")/?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private final boolean hideProtocol;
    private final boolean repoShortener;
    private final boolean socialShortener;
    private final Provider provider;
    private final String user;
    private final String repo;
    private final boolean normalize;
    private final Map<String, String> labels;
    /** The shorthand patterns, in pymdownx's order, with what each makes. */
    private final List<Shorthand> shorthands = new ArrayList<>();

    private enum Kind { REPOSITORY, MENTION, REFERENCE, MICRO_REFERENCE }

    private record Shorthand(Pattern pattern, Kind kind) {
    }

    private MagicLink(Map<String, Object> options) {
        this.hideProtocol = flag(options.get("hide_protocol"));
        this.repoShortener = flag(options.get("repo_url_shortener"));
        this.socialShortener = flag(options.get("social_url_shortener"));
        this.provider = PROVIDERS.getOrDefault(String.valueOf(options.getOrDefault("provider", "github")),
                PROVIDERS.get("github"));
        this.user = text(options.get("user"));
        this.repo = text(options.get("repo"));
        this.normalize = flag(options.get("normalize_issue_symbols"));
        Map<String, String> named = new java.util.HashMap<>();
        MkDocsConfig.asMap(options.get("labels")).forEach((k, v) -> named.put(k, String.valueOf(v)));
        this.labels = Map.copyOf(named);
        boolean gitShorthand = flag(options.get("repo_url_shorthand"));
        boolean socialShorthand = flag(options.get("social_url_shorthand"));
        String external = "github:" + GITHUB_USER + "|gitlab:" + GITLAB_USER + "|bitbucket:" + BITBUCKET_USER;
        if (gitShorthand || socialShorthand) {
            String own = provider.userPattern();
            if (gitShorthand) {
                shorthands.add(new Shorthand(Pattern.compile("(?<mention>(?<![a-zA-Z])@(?:" + external + "))\\b/" + REPO
                        + "\\b", Pattern.UNICODE_CHARACTER_CLASS), Kind.REPOSITORY));
                if (!provider.social()) {
                    shorthands.add(new Shorthand(Pattern.compile("(?<mention>(?<![a-zA-Z])@" + own + ")\\b/" + REPO
                            + "\\b", Pattern.UNICODE_CHARACTER_CLASS), Kind.REPOSITORY));
                }
            }
            List<String> mentions = new ArrayList<>();
            if (gitShorthand) {
                mentions.add(external);
            }
            if (socialShorthand) {
                mentions.add("x:" + X_USER + "|twitter:" + X_USER);
            }
            shorthands.add(new Shorthand(Pattern.compile("(?<mention>(?<![a-zA-Z])@(?:" + String.join("|", mentions)
                    + "))\\b", Pattern.UNICODE_CHARACTER_CLASS), Kind.MENTION));
            shorthands.add(new Shorthand(Pattern.compile("(?<mention>(?<![a-zA-Z])@" + own + ")\\b",
                    Pattern.UNICODE_CHARACTER_CLASS), Kind.MENTION));
            if (gitShorthand) {
                String reference = "(?:(?<issue>[#!?][1-9][0-9]*)|(?<commit>@[a-f\\d]{40})(?:\\.{3}(?<diff>[a-f\\d]{40}))?)\\b";
                shorthands.add(new Shorthand(Pattern.compile("(?<![@/])(?:(?<user>\\b(?:" + external + "))/)" + REPO
                        + reference, Pattern.UNICODE_CHARACTER_CLASS), Kind.REFERENCE));
                if (!provider.social()) {
                    shorthands.add(new Shorthand(Pattern.compile("(?<![@/])(?:(?<user>\\b" + own + ")/)?" + REPO
                            + reference, Pattern.UNICODE_CHARACTER_CLASS), Kind.REFERENCE));
                    shorthands.add(new Shorthand(MICRO_REFERENCE, Kind.MICRO_REFERENCE));
                }
            }
        }
    }

    /** The site's magiclink; empty when {@code markdown_extensions} does not list it. */
    static Optional<MagicLink> of(MkDocsConfig config) {
        return config.hasExtension("pymdownx.magiclink")
                ? Optional.of(new MagicLink(config.extension("pymdownx.magiclink"))) : Optional.empty();
    }

    /**
     * The links in {@code text}, in order, none overlapping: each pattern in pymdownx's order, over the text the
     * earlier ones left.
     */
    List<Found> find(String text) {
        if (!mayHoldALink(text)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        scan(text, found, LINK, m -> bareLink(m));
        scan(text, found, MAIL, m -> new Found(m.start(), m.end(), "mailto:" + m.group(), m.group(), "", List.of()));
        for (Shorthand shorthand : shorthands) {
            scan(text, found, shorthand.pattern(), m -> switch (shorthand.kind()) {
                case REPOSITORY -> repository(m);
                case MENTION -> mention(m);
                case REFERENCE -> reference(m);
                case MICRO_REFERENCE -> user.isEmpty() || repo.isEmpty() ? null
                        : reference(m, provider, user, repo, true, true);
            });
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Whether any pattern could match: every link, address and reference needs one of {@code :@#!?}, {@code www.} or
     * a commit's 40 hexadecimal digits. Most texts have none, and nine patterns are then not tried on them.
     */
    private static boolean mayHoldALink(String text) {
        int hexRun = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '#' || c == '!' || c == '?') {
                return true;
            }
            hexRun = Character.digit(c, 16) >= 0 && c < 128 ? hexRun + 1 : 0;
            if (hexRun >= 40) {
                return true;
            }
        }
        return text.regionMatches(true, 0, "www.", 0, 4) || text.toLowerCase(Locale.ROOT).contains("www.");
    }

    /** Runs {@code pattern} over each stretch of {@code text} no earlier link took. */
    private static void scan(String text, List<Found> found, Pattern pattern,
            java.util.function.Function<Matcher, Found> make) {
        List<Found> taken = new ArrayList<>(found);
        taken.sort(java.util.Comparator.comparingInt(Found::start));
        int from = 0;
        for (int i = 0; i <= taken.size(); i++) {
            int to = i < taken.size() ? taken.get(i).start() : text.length();
            if (to > from) {
                Matcher m = pattern.matcher(text).region(from, to);
                m.useTransparentBounds(false).useAnchoringBounds(false);
                while (m.find()) {
                    Found link = make.apply(m);
                    if (link != null) {
                        found.add(link);
                    }
                }
            }
            if (i < taken.size()) {
                from = taken.get(i).end();
            }
        }
    }

    /** An autolink's text ({@code <https://…>}): the URL, without its protocol under {@code hide_protocol}. */
    String autolinkText(String href) {
        boolean web = href.regionMatches(true, 0, "http", 0, 4) || href.regionMatches(true, 0, "ftp", 0, 3);
        return hideProtocol && web && href.contains("://") ? href.substring(href.indexOf("://") + 3) : href;
    }

    private Found bareLink(Matcher m) {
        String link = m.group();
        if (m.group("www") != null) {
            return new Found(m.start(), m.end(), "http://" + link, link, "", List.of());
        }
        String text = hideProtocol ? link.substring(link.indexOf("://") + 3) : link;
        Found plain = new Found(m.start(), m.end(), link, text, "", List.of());
        return shortened(plain, true).orElse(plain);
    }

    private Found repository(Matcher m) {
        String[] mention = m.group("mention").substring(1).split(":", 2);
        Provider host = mention.length > 1 ? PROVIDERS.get(mention[0]) : provider;
        String name = mention.length > 1 ? mention[1] : mention[0];
        String repository = m.group("repo");
        return new Found(m.start(), m.end(), host.url() + "/" + name + "/" + repository, name + "/" + repository,
                host.label() + " " + label("repository", "Repository") + ": " + name + "/" + repository,
                classes(host, "magiclink-repository"));
    }

    private Found mention(Matcher m) {
        String[] mention = m.group("mention").substring(1).split(":", 2);
        Provider host = mention.length > 1 ? PROVIDERS.get(mention[0]) : provider;
        String name = mention.length > 1 ? mention[1] : mention[0];
        return new Found(m.start(), m.end(), host.url() + "/" + name, "@" + name,
                host.label() + " " + label("mention", "User") + ": " + name, classes(host, "magiclink-mention"));
    }

    private Found reference(Matcher m) {
        String written = m.group("user") == null ? user : m.group("user");
        String[] parts = written.split(":", 2);
        Provider host = parts.length > 1 ? PROVIDERS.get(parts[0]) : provider;
        String name = parts.length > 1 ? parts[1] : parts[0];
        if (name.isEmpty()) {
            return null;
        }
        boolean myUser = name.equals(user) && host == provider;
        return reference(m, host, name, m.group("repo"), myUser, myUser && m.group("repo").equals(repo));
    }

    /** An issue, pull request, discussion, commit or comparison of {@code user/repo}; null when not one. */
    private Found reference(Matcher m, Provider host, String owner, String repository, boolean myUser, boolean myRepo) {
        String base = host.url() + "/" + owner + "/" + repository;
        String prefix = myRepo ? "" : myUser ? repository : owner + "/" + repository;
        String commit = m.group("commit");
        if (commit != null) {
            commit = commit.startsWith("@") ? commit.substring(1) : commit;
            String hash = commit.substring(0, host.hashSize());
            String at = prefix.isEmpty() ? "" : prefix + "@";
            String diff = m.group("diff");
            if (diff != null) {
                String hash2 = diff.substring(0, host.hashSize());
                return new Found(m.start(), m.end(), base + String.format(host.compare(), commit, diff),
                        at + hash + "..." + hash2, host.label() + " " + label("compare", "Compare") + ": " + owner + "/"
                                + repository + "@" + hash + "..." + hash2, classes(host, "magiclink-compare"));
            }
            return new Found(m.start(), m.end(), base + host.commit() + commit, at + hash, host.label() + " "
                    + label("commit", "Commit") + ": " + owner + "/" + repository + "@" + hash,
                    classes(host, "magiclink-commit"));
        }
        String issue = m.group("issue");
        char type = issue.charAt(0);
        String number = issue.substring(1);
        String path;
        String kind;
        String className;
        if (type == '#') {
            path = host.issue();
            kind = label("issue", "Issue");
            className = "magiclink-issue";
        } else if (type == '!') {
            path = host.pull();
            kind = label("pull", "Pull Request");
            className = "magiclink-pull";
        } else if (!host.discuss().isEmpty()) {
            path = host.discuss();
            kind = label("discuss", "Discussion");
            className = "magiclink-discussion";
        } else {
            return null;
        }
        char shown = normalize ? '#' : type;
        return new Found(m.start(), m.end(), base + path + number, prefix + shown + number,
                host.label() + " " + kind + ": " + owner + "/" + repository + " #" + number, classes(host, className));
    }

    /**
     * A link whose text is its URL (a bare URL, an autolink, {@code [url](url)}), shortened as the shorteners do;
     * empty when neither applies. {@code magic}: found by magiclink, whose text may have lost its protocol.
     */
    Optional<Found> shortened(Found link, boolean magic) {
        String href = link.href();
        if (!link.text().equals(href) && !(magic && hideProtocol && ("https://" + link.text()).equals(href))) {
            return Optional.empty();
        }
        if (repoShortener) {
            Matcher m = REPOSITORY_LINK.matcher(href);
            if (m.matches()) {
                Optional<Found> repository = repositoryLink(link, m);
                if (repository.isPresent()) {
                    return repository;
                }
            }
        }
        if (socialShortener) {
            Matcher m = SOCIAL_LINK.matcher(href);
            if (m.matches()) {
                Provider host = PROVIDERS.get(m.group("host").toLowerCase(Locale.ROOT));
                String name = m.group("user");
                if (EXCLUDED_USERS.get(host.name()).contains(name.toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                return Optional.of(new Found(link.start(), link.end(), href, "@" + name,
                        host.label() + " " + label("metion", "User") + ": " + name, classes(host, "magiclink-mention")));
            }
        }
        return Optional.empty();
    }

    private static final Pattern REPOSITORY_PATH = Pattern.compile("^/(?:-/)?(?:"
            + "(?<issue>issues/(?<issuen>\\d+)(?:/[^/]+)?)|(?<pull>(?:pull|merge_requests|pull-requests)/(?<pulln>\\d+)"
            + "(?:/[^/]+(?:/diff)?)?)|(?<discuss>discussions/(?<discussn>\\d+))|"
            + "(?:commits?/(?:commit/)?(?<commit>[\\da-f]{7,40}))|"
            + "(?:(?:compare|branches/commits)/(?<diff1>[\\da-f]{7,40})(?:\\.{3}|\\.{2}|%0d)(?<diff2>[\\da-f]{7,40})(?:#diff)?)"
            + ")/?$");

    private Optional<Found> repositoryLink(Found link, Matcher m) {
        String host = m.group("host").toLowerCase(Locale.ROOT);
        Provider site = PROVIDERS.get(host.contains("github") ? "github" : host.contains("gitlab") ? "gitlab" : "bitbucket");
        String owner = m.group("user");
        if (EXCLUDED_USERS.get(site.name()).contains(owner.toLowerCase(Locale.ROOT))
                || !owner.matches(site.userPattern())) {
            return Optional.empty();
        }
        String repository = m.group("repo");
        String rest = m.group("rest");
        if (repository == null) {
            // A user's page: @user.
            return rest == null || rest.equals("/") ? Optional.of(new Found(link.start(), link.end(), link.href(),
                    "@" + owner, site.label() + " " + label("metion", "User") + ": " + owner,
                    classes(site, "magiclink-mention"))) : Optional.empty();
        }
        String userRepo = owner + "/" + repository;
        String base = site.url() + "/" + userRepo + "/";
        boolean myRepo = !provider.social() && !user.isEmpty() && !repo.isEmpty() && site == provider
                && base.equalsIgnoreCase(provider.url() + "/" + user + "/" + repo + "/");
        boolean myUser = myRepo || !provider.social() && !user.isEmpty() && !repo.isEmpty() && site == provider
                && base.toLowerCase(Locale.ROOT).startsWith((provider.url() + "/" + user + "/").toLowerCase(Locale.ROOT));
        if (rest == null || rest.equals("/")) {
            return Optional.of(new Found(link.start(), link.end(), link.href(), userRepo, site.label() + " "
                    + label("repository", "Repository") + ": " + userRepo, classes(site, "magiclink-repository")));
        }
        Matcher path = REPOSITORY_PATH.matcher(rest);
        if (!path.matches()) {
            return Optional.empty();
        }
        String prefix = myRepo ? "" : myUser ? repository : userRepo;
        int size = site.hashSize();
        if (path.group("diff1") != null) {
            String one = path.group("diff1").substring(0, Math.min(size, path.group("diff1").length()));
            String two = path.group("diff2").substring(0, Math.min(size, path.group("diff2").length()));
            return Optional.of(new Found(link.start(), link.end(), link.href(), (prefix.isEmpty() ? "" : prefix + "@")
                    + one + "..." + two, site.label() + " " + label("compare", "Compare") + ": " + userRepo + "@" + one
                            + "..." + two, classes(site, "magiclink-compare")));
        }
        if (path.group("commit") != null) {
            String hash = path.group("commit").substring(0, Math.min(size, path.group("commit").length()));
            return Optional.of(new Found(link.start(), link.end(), link.href(), (prefix.isEmpty() ? "" : prefix + "@")
                    + hash, site.label() + " " + label("commit", "Commit") + ": " + userRepo + "@" + hash,
                    classes(site, "magiclink-commit")));
        }
        String number;
        String kind;
        String className;
        char icon;
        if (path.group("issue") != null) {
            number = path.group("issuen");
            kind = label("issue", "Issue");
            className = "magiclink-issue";
            icon = '#';
        } else if (path.group("pull") != null) {
            number = path.group("pulln");
            kind = label("pull", "Pull Request");
            className = "magiclink-pull";
            icon = normalize ? '#' : '!';
        } else if (site.name().equals("github")) {
            number = path.group("discussn");
            kind = label("discuss", "Discussion");
            className = "magiclink-discussion";
            icon = normalize ? '#' : '?';
        } else {
            return Optional.empty();
        }
        return Optional.of(new Found(link.start(), link.end(), link.href(), prefix + icon + number,
                site.label() + " " + kind + ": " + userRepo + " #" + number, classes(site, className)));
    }

    private static List<String> classes(Provider host, String kind) {
        return List.of("magiclink", "magiclink-" + host.name(), kind);
    }

    private String label(String key, String otherwise) {
        return labels.getOrDefault(key, otherwise);
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(String.valueOf(value));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
