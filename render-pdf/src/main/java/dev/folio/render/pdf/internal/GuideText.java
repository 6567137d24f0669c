package dev.folio.render.pdf.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** The few words a guide prints itself, in the guide's language. */
public final class GuideText {
    private static final Map<String, String> CONTENTS = Map.ofEntries(Map.entry("en", "Contents"),
            Map.entry("he", "תוכן העניינים"), Map.entry("zh", "目錄"), Map.entry("zh-Hans", "目录"),
            Map.entry("ja", "目次"), Map.entry("ko", "목차"), Map.entry("ru", "Содержание"),
            Map.entry("uk", "Зміст"), Map.entry("nl", "Inhoud"), Map.entry("de", "Inhalt"),
            Map.entry("fr", "Table des matières"), Map.entry("es", "Índice"), Map.entry("it", "Indice"),
            Map.entry("pt", "Índice"), Map.entry("pl", "Spis treści"), Map.entry("tr", "İçindekiler"),
            Map.entry("ar", "المحتويات"), Map.entry("fa", "فهرست مطالب"), Map.entry("el", "Περιεχόμενα"),
            Map.entry("bn", "সূচিপত্র"), Map.entry("hi", "विषय-सूची"), Map.entry("sv", "Innehåll"),
            Map.entry("da", "Indhold"), Map.entry("nb", "Innhold"), Map.entry("fi", "Sisällys"),
            Map.entry("cs", "Obsah"), Map.entry("vi", "Mục lục"), Map.entry("id", "Daftar isi"));

    private GuideText() {
    }

    public static String contents(String language) {
        String exact = CONTENTS.get(language);
        if (exact != null) {
            return exact;
        }
        if (language.startsWith("zh") && (language.contains("Hans") || language.contains("CN"))) {
            return CONTENTS.get("zh-Hans");
        }
        return CONTENTS.getOrDefault(language.split("[-_]", 2)[0], CONTENTS.get("en"));
    }

    /** What a chapter too long to print says instead (English in every guide: a rare case, worth no translation table). */
    static String tooLongToPrint() {
        return "This page is too long to print. Read it on the website.";
    }

    /** The build date, written as the language writes dates ({@code 23 November 2026}, {@code 2026年11月23日}). */
    static String date(Instant instant, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                .withZone(ZoneOffset.UTC).format(instant);
    }
}
