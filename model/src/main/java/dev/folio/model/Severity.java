package dev.folio.model;

/** How much a diagnostic matters. Only {@link #ERROR} means something was left out of the output. */
public enum Severity { ERROR, WARNING, INFO }
