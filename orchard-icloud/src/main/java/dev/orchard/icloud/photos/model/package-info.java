/**
 * What Photos records mean: masters, assets, their resources and checksums, albums and memberships, media kinds,
 * metadata plists, and the asset lists with their count ids ({@code AssetIndex}), parsed from CloudKit records.
 */
package dev.orchard.icloud.photos.model;
