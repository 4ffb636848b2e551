/** What a photos sync tells its caller: {@code SyncReport} (counters, phases, the summary) and {@code SyncListener} (progress). */
package dev.orchard.photos.report;
