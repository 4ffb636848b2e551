/** How a Drive pass runs: {@code SyncOptions}, the conflict strategy and the include/exclude filters. No engine imports. */
package dev.orchard.drive.options;
