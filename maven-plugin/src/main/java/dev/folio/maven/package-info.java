/**
 * The Folio Maven plugin: goals {@code build}, {@code html}, {@code pdf} and {@code check}. See each
 * goal's class for its parameters; {@code mvn folio:help -Ddetail} prints them.
 */
package dev.folio.maven;
