/**
 * Listing a whole library: asset pages fetched in parallel and ranked, masters paired with their assets, albums and
 * their memberships, counts. Behind {@code PhotosService}; exported to the photos engine only.
 */
package dev.orchard.icloud.photos.listing;
