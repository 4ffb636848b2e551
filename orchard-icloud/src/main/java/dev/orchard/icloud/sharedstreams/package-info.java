/**
 * Shared Albums (docs/protocol/shared-albums.md): the signed-in {@code sharedstreams} service and public album
 * links ({@code PublicStreamClient}), their items and renditions.
 */
package dev.orchard.icloud.sharedstreams;
