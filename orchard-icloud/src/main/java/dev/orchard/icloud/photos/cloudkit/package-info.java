/**
 * Talking CloudKit: the client for the {@code ckdatabasews} calls (errors inside 200 answers, retries), query
 * bodies, the raw record, the zone ({@code PhotoZone}) and {@code PhotosException}. Uses no other Photos package.
 */
package dev.orchard.icloud.photos.cloudkit;
