/**
 * The read-only view of a synced library the web page shows ({@code LibraryView} over photos.db, Shared Albums from
 * their state file), and generated libraries for tests and benchmarks.
 */
package dev.orchard.photos.library;
