/**
 * What archives write down besides the state: the people's log ({@code archive-log.tsv}) and the settling of
 * requests a killed run sent but never saw answered, both by the next sync and by the next archive. The engine's own.
 */
package dev.orchard.photos.journal;
