package dev.folio.render.html.internal;

import java.util.Map;

/** The theme's own words in the reader's language; English for languages not listed. */
final class UiLabels {
    private static final Map<String, String> ENGLISH = labels(
            "toc", "Table of contents", "previous", "Previous", "next", "Next", "navigation", "Navigation",
            "language", "Select language", "scheme", "Switch between light and dark mode",
            "notFound", "Page not found", "home", "Go to the home page", "menu", "Open the navigation",
            "skip", "Skip to content", "search", "Search", "noResults", "No matching documents",
            "fallback", "This page has not been translated yet. It is shown in the original language.",
            "repository", "Go to repository", "tabs", "Tabs");
    private static final Map<String, Map<String, String>> TRANSLATIONS = Map.of(
            "he", labels("toc", "תוכן העניינים", "previous", "הקודם", "next", "הבא", "navigation", "ניווט",
                    "language", "בחירת שפה", "scheme", "מעבר בין מצב בהיר לכהה", "notFound", "הדף לא נמצא",
                    "home", "לדף הבית", "menu", "פתיחת הניווט", "skip", "דילוג לתוכן", "search", "חיפוש",
                    "noResults", "לא נמצאו תוצאות", "fallback", "דף זה טרם תורגם. הוא מוצג בשפת המקור.",
                    "repository", "למאגר הקוד", "tabs", "לשוניות"),
            "zh-Hant", labels("toc", "目錄", "previous", "上一頁", "next", "下一頁", "navigation", "導覽",
                    "language", "選擇語言", "scheme", "切換淺色與深色模式", "notFound", "找不到頁面",
                    "home", "回到首頁", "menu", "開啟導覽", "skip", "跳至內容", "search", "搜尋",
                    "noResults", "沒有符合的項目", "fallback", "此頁面尚未翻譯，以原文顯示。",
                    "repository", "前往儲存庫", "tabs", "分頁"),
            "nl", labels("toc", "Inhoudsopgave", "previous", "Vorige", "next", "Volgende", "navigation", "Navigatie",
                    "language", "Taal kiezen", "scheme", "Wisselen tussen licht en donker", "notFound",
                    "Pagina niet gevonden", "home", "Naar de startpagina", "menu", "Navigatie openen",
                    "skip", "Naar de inhoud", "search", "Zoeken", "noResults", "Geen overeenkomende documenten",
                    "fallback", "Deze pagina is nog niet vertaald. Ze wordt in de oorspronkelijke taal getoond.",
                    "repository", "Naar de repository", "tabs", "Tabbladen"),
            "ru", labels("toc", "Содержание", "previous", "Назад", "next", "Вперёд", "navigation", "Навигация",
                    "language", "Выбор языка", "scheme", "Светлая или тёмная тема", "notFound", "Страница не найдена",
                    "home", "На главную", "menu", "Открыть навигацию", "skip", "К содержанию", "search", "Поиск",
                    "noResults", "Совпадений не найдено", "fallback",
                    "Эта страница ещё не переведена и показана на языке оригинала.",
                    "repository", "Перейти к репозиторию", "tabs", "Вкладки"));

    private UiLabels() {
    }

    private static Map<String, String> labels(String... keysAndValues) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            labels.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Map.copyOf(labels);
    }

    static Map<String, String> of(String language) {
        Map<String, String> translated = TRANSLATIONS.get(language);
        if (translated == null) {
            translated = TRANSLATIONS.get(language.split("-", 2)[0]);
        }
        return translated == null ? ENGLISH : translated;
    }
}
