/** How a photos sync runs: {@code SyncOptions} and its value types (deleted policy, album links, Live halves, name filter, relative ages, XMP naming). No engine imports. */
package dev.orchard.photos.options;
