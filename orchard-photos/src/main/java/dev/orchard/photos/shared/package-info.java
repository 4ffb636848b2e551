/**
 * Shared Albums sync ({@code SharedAlbumSync}): signed-in albums and public links into {@code Shared Albums/},
 * downloads checked and placed durably, state in {@code .orchard/shared-albums.json}, the {@code SharedReport}.
 */
package dev.orchard.photos.shared;
