/**
 * {@code orchard drive sync --watch}: inotify on every folder, a quiet period before a pass, and the loop that
 * also runs a pass at least every interval for changes made in iCloud.
 */
package dev.orchard.drive.watch;
