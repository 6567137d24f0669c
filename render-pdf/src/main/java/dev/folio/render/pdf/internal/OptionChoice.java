package dev.folio.render.pdf.internal;

import dev.folio.model.Diagnostic;
import dev.folio.model.DiagnosticSink;
import dev.folio.model.SourcePosition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A renderer option that names one constant of an enum, in lower case; any other value is one warning. */
final class OptionChoice {
    private OptionChoice() {
    }

    /**
     * @param otherwise what the guide gets when the value is none of the constants, said in the warning
     */
    static <E extends Enum<E>> E of(Class<E> choices, String option, Optional<String> value, E fallback,
            String otherwise, DiagnosticSink diagnostics) {
        String wanted = value.map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse(name(fallback));
        for (E choice : choices.getEnumConstants()) {
            if (name(choice).equals(wanted)) {
                return choice;
            }
        }
        String names = Arrays.stream(choices.getEnumConstants()).map(OptionChoice::name)
                .collect(Collectors.joining(", "));
        diagnostics.report(Diagnostic.warning("pdf-option-invalid", "option " + option + "=" + value.orElse("")
                + " is not one of " + names + "; " + otherwise, SourcePosition.UNKNOWN));
        return fallback;
    }

    private static String name(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }
}
