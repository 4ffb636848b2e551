/**
 * {@code orchard photos verify}: re-reads every present file against iCloud's checksum without the network, and with
 * {@code --repair} marks damaged or missing files for download again.
 */
package dev.orchard.photos.verify;
