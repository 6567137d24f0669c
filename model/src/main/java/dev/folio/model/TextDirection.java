package dev.folio.model;

/** The direction a language is written in. */
public enum TextDirection {
    LTR, RTL;

    /** The value of the HTML {@code dir} attribute. */
    public String htmlValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
