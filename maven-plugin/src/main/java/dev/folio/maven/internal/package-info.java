/** The plugin's stages and checks; not an API. */
package dev.folio.maven.internal;
